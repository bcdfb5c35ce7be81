// «Передача показаний» (manual 6.2.1, figures 11, 12, 14): per meter its zones with the last
// accepted (and, when newer, the last submitted) values, an input per zone as long as the meter's
// display and the consumption computed while typing. «Передать показания» sends every filled
// meter, all zones of a meter together; too-large values come back as a warning to confirm
// (figure 12); success offers the preliminary calculation (figure 14). Outside the days of the
// month readings are accepted (the API's readingsWindow) the values are shown and sending waits.
import { For, Show, createEffect, createSignal, createUniqueId } from "solid-js";
import { createMutation, createQuery } from "@urql/solid";
import { requestErrorText } from "../../../lib/userErrors";
import { saveOfflineMeters } from "../../../lib/offline";
import { FormError } from "../../../components/Status";
import { PanelHead } from "../../../components/PanelHead";
import { QueryStates } from "../../../components/QueryStates";
import { MeterReadingsSubmit } from "../graphql/mutations/meterReadingsSubmit";
import { ReadingsMeters } from "../graphql/queries/readingsMeters";
import { useReadingsForm } from "../hooks/useReadingsForm";
import type { ReadingsTabProps } from "../paths";
import { MSG, acceptsReadings, type Sent, type Warning } from "../submit";
import { ZONE_LABEL } from "../zones";
import { MeterRows } from "./MeterRows";
import { OverLimitDialog } from "./OverLimitDialog";
import { SavedDialog } from "./SavedDialog";

export function SubmitTab(props: ReadingsTabProps) {
  const id = createUniqueId();
  const [result, reexecute] = createQuery({ query: ReadingsMeters, requestPolicy: "cache-and-network" });
  const [submitting, submit] = createMutation(MeterReadingsSubmit);
  const [warning, setWarning] = createSignal<{ readings: Sent[]; warnings: Warning[] } | null>(null);
  const [saved, setSaved] = createSignal(false);

  const account = () => result.data?.viewer?.activeAccount;
  const meters = () => account()?.meters ?? [];
  const form = useReadingsForm(meters);
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

  async function send(readings: Sent[], confirmOverLimit: boolean) {
    const accountId = account()?.id ?? props.accountId;
    const response = await submit({ input: { accountId, readings, confirmOverLimit } });
    const payload = response.data?.meterReadingsSubmit;
    setWarning(null);
    if (!payload) return form.setFormError(requestErrorText(response.error));
    if (payload.userErrors.length) return form.showUserErrors(payload.userErrors, readings);
    if (payload.warnings.length) return setWarning({ readings, warnings: payload.warnings });
    form.reset();
    setSaved(true);
    reexecute({ requestPolicy: "network-only" }); // «Предыдущие показания» show what was just sent
  }

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    if (closedText()) return;
    form.clearErrors();
    const readings = form.collect();
    if (readings) await send(readings, false);
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
            <form class="meters-form" onSubmit={onSubmit} novalidate aria-describedby={form.formError() ? `${id}-form-error` : undefined}>
              <Show when={closedText()}>
                <p id={`${id}-closed`} class="notice notice--warning meters-form__closed">
                  {closedText()}
                </p>
              </Show>
              <div class="meters-wrap">
                <table class="meters">
                  <caption class="sr-only">Приборы учета и показания</caption>
                  <thead>
                    <tr>
                      <th scope="col">Номер счетчика</th>
                      <th scope="col">Ресурс</th>
                      <th scope="col" class="nowrap-head">
                        Ед. изм.
                      </th>
                      <th scope="col" class="nowrap-head">
                        Зона суток
                      </th>
                      <th scope="col">Предыдущие показания</th>
                      <th scope="col">Текущие показания</th>
                      <th scope="col" class="num">
                        Расход ресурса
                      </th>
                    </tr>
                  </thead>
                  <For each={meters()}>
                    {(meter) => (
                      <MeterRows
                        meter={meter}
                        values={form.values}
                        zoneErrors={form.zoneErrors()}
                        meterError={form.meterErrors()[meter.id]}
                        closedText={closedText()}
                        onInput={(zone, value) => form.edit(meter, zone, value)}
                      />
                    )}
                  </For>
                </table>
              </div>
              <FormError id={`${id}-form-error`} message={form.formError()} />
              <Show
                when={meters().some(acceptsReadings)}
                fallback={<p class="notice notice--info">Сейчас нет приборов учета, по которым можно передать показания.</p>}
              >
                <div class="meters-form__buttons">
                  <button
                    type="submit"
                    class="button button--primary"
                    disabled={submitting.fetching || !!closedText()}
                    aria-describedby={closedText() ? `${id}-closed` : undefined}
                  >
                    {submitting.fetching && !warning() ? "Передаём…" : "Передать показания"}
                  </button>
                  <p class="field__hint">Передаются все заполненные приборы учета; у прибора с несколькими зонами укажите показания всех зон.</p>
                </div>
              </Show>
            </form>
          </Show>
        )}
      </QueryStates>

      <Show when={warning()}>
        {(w) => (
          <OverLimitDialog
            warnings={w().warnings}
            readings={w().readings}
            meters={meters()}
            sending={submitting.fetching}
            onConfirm={() => void send(w().readings, true)}
            onCancel={() => setWarning(null)}
          />
        )}
      </Show>
      <Show when={saved()}>
        <SavedDialog onClose={() => setSaved(false)} />
      </Show>
    </div>
  );
}
