// «Передача показаний» (manual 6.2.1, figures 11, 12, 14) in the cabinet: the active account's
// meters in the shared form (MetersForm.tsx), sent by meterReadingsSubmit; success offers the
// preliminary calculation (figure 14). Outside the days of the month readings are accepted
// (manual 6.2: 1–25) the values are shown and sending waits.
import { Show } from "solid-js";
import { A } from "@solidjs/router";
import { createMutation, createQuery } from "@urql/solid";
import { graphql } from "../../gql";
import { requestErrorText } from "../../lib/userErrors";
import { PanelHead } from "../../components/PanelHead";
import { QueryStates } from "../../components/QueryStates";
import { MSG, MetersForm, type Sent } from "./MetersForm";
import { readingsHref, type ReadingsTabProps } from "./paths";

const ReadingsMeters = graphql(`
  query ReadingsMeters {
    readingsWindow { fromDay toDay open }
    viewer {
      id
      activeAccount {
        id
        meters {
          id
          number
          resource
          unit
          digits
          zones
          status
          statusText
          blockedReason
          nextVerificationDate
          lastAccepted { zone value submittedAt acceptedAt }
          lastSubmitted { zone value submittedAt sourceText }
        }
      }
    }
  }
`);

const MeterReadingsSubmit = graphql(`
  mutation MeterReadingsSubmit($input: MeterReadingsSubmitInput!) {
    meterReadingsSubmit(input: $input) {
      readings { zone value status }
      warnings { meterId zone consumption message }
      userErrors { field message code }
    }
  }
`);
export function SubmitTab(props: ReadingsTabProps) {
  const [result, reexecute] = createQuery({ query: ReadingsMeters, requestPolicy: "cache-and-network" });
  const [submitting, submit] = createMutation(MeterReadingsSubmit);

  const account = () => result.data?.viewer?.activeAccount;
  const meters = () => account()?.meters ?? [];
  const readingsWindow = () => result.data?.readingsWindow;
  const windowText = () => {
    const w = readingsWindow();
    return w ? MSG.window(w.fromDay, w.toDay) : "";
  };
  /** Outside the days readings are accepted: the reason shown instead of sending. */
  const closedText = () => (readingsWindow()?.open === false ? `${MSG.closed} ${windowText()}` : undefined);

  async function send(readings: Sent[], confirmOverLimit: boolean) {
    const accountId = account()?.id ?? props.accountId;
    const response = await submit({ input: { accountId, readings, confirmOverLimit } });
    return response.data?.meterReadingsSubmit ?? { requestError: requestErrorText(response.error) };
  }

  return (
    <div class="panel">
      {/* Outside the days readings are accepted the notice above the table names them instead. */}
      <PanelHead id={props.titleId} title="Передача показаний">
        Показания передаются только по действующим приборам учета. {closedText() ? "" : windowText()}{" "}
        Передача значений показаний, менее ранее принятых, не допускается. К расчету принимаются последние
        переданные показания.
      </PanelHead>
      <QueryStates result={result} value={account()} retry={() => reexecute({ requestPolicy: "network-only" })} loading="Загружаем приборы учета…">
        {() => (
          <Show when={meters().length > 0} fallback={<p class="muted">На лицевом счете нет приборов учета.</p>}>
            <MetersForm
              meters={meters()}
              closedText={closedText()}
              sending={submitting.fetching}
              send={send}
              onSaved={() => reexecute({ requestPolicy: "network-only" })}
              historyLink={<A href={readingsHref("history")}>История показаний</A>}
              savedActions={(close) => (
                <>
                  <A href={readingsHref("estimate")} class="button button--primary" onClick={() => close()}>
                    Выполнить предварительный расчет
                  </A>
                  <button type="button" class="button button--ghost" onClick={() => close()}>
                    Закрыть
                  </button>
                </>
              )}
            />
          </Show>
        )}
      </QueryStates>
    </div>
  );
}
