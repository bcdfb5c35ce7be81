// «Передача показаний» (manual 6.2.1, figures 11, 12, 14) in the cabinet: the active account's
// meters in the readings form (MetersForm.tsx), sent by meterReadingsSubmit; success offers the
// preliminary calculation (figure 14). The days of the month readings are accepted come from the
// API's readingsWindow; outside them the values are shown and sending waits. A value refused for
// being below the accepted one can be disputed with a photo of the display (DisputeDialog).
import { Show, createEffect } from "solid-js";
import { createMutation, createQuery } from "@urql/solid";
import { requestErrorText } from "../../../lib/userErrors";
import { saveOfflineMeters } from "../../../lib/offline";
import { PanelHead } from "../../../components/PanelHead";
import { QueryStates } from "../../../components/QueryStates";
import { MeterReadingsSubmit } from "../graphql/mutations/meterReadingsSubmit";
import { ReadingsMeters } from "../graphql/queries/readingsMeters";
import { readingsHref, type ReadingsTabProps } from "../paths";
import { MSG, type SendOutcome, type Sent, type SentPhoto } from "../submit";
import { ZONE_LABEL } from "../zones";
import { DisputeDialog } from "./DisputeDialog";
import { MetersForm } from "./MetersForm";

export function SubmitTab(props: ReadingsTabProps) {
  const [result, reexecute] = createQuery({ query: ReadingsMeters, requestPolicy: "cache-and-network" });
  const [submitting, submit] = createMutation(MeterReadingsSubmit);

  const account = () => result.data?.viewer?.activeAccount;
  const meters = () => account()?.meters ?? [];
  // The offline view shows these meters when the connection is gone (../../../lib/offline.ts).
  createEffect(() => {
    const a = account();
    if (a)
      saveOfflineMeters(
        a.id,
        a.meters.map((m) => ({
          number: m.number,
          resourceText: m.resource,
          unit: m.unit,
          statusText: m.statusText,
          readings: m.lastAccepted.map((r) => ({ zone: ZONE_LABEL[r.zone], value: r.value, acceptedAt: r.acceptedAt })),
        })),
      );
  });
  const readingsWindow = () => result.data?.readingsWindow;
  /** The server's sentence naming the days readings are accepted. */
  const windowText = () => readingsWindow()?.text ?? "";
  /** Outside the days readings are accepted: the reason shown instead of sending. */
  const closedText = () => (readingsWindow()?.open === false ? `${MSG.closed} ${windowText()}` : undefined);

  async function send(readings: Sent[], confirmOverLimit: boolean, photos: SentPhoto[]): Promise<SendOutcome> {
    const accountId = account()?.id ?? props.accountId;
    const response = await submit({ input: { accountId, readings, confirmOverLimit, photos } });
    return response.data?.meterReadingsSubmit ?? { requestError: requestErrorText(response.error) };
  }

  return (
    <div class="panel">
      {/* Outside the days readings are accepted the notice above the table names them instead. */}
      <PanelHead id={props.titleId} title="Передача показаний">
        Показания передаются только по действующим приборам учета. {closedText() ? "" : windowText()} Передача значений показаний, менее ранее принятых, не
        допускается. К расчету принимаются последние переданные показания.
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
              historyLink={{ href: readingsHref("history"), label: "История показаний" }}
              savedNext={{ href: readingsHref("estimate"), label: "Выполнить предварительный расчет" }}
              photoRules={result.data?.readingPhotoRules}
              dispute={(meter, readings, photo, close) => (
                <DisputeDialog accountId={account()?.id ?? props.accountId} meter={meter} readings={readings} photo={photo} onClose={close} />
              )}
            />
          </Show>
        )}
      </QueryStates>
    </div>
  );
}
