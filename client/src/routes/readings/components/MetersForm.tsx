// The form of «Передача показаний» (manual 6.2.1, figures 11, 12, 14), shared by the cabinet's tab
// (SubmitTab) and the page a reminder's personal link opens (ReminderLinkPage): the meters' table
// with an input per zone, «Передать показания» sending every filled meter (all zones of a meter
// together), the too-large values to confirm (figure 12) and the success (figure 14). `send`
// submits through whichever mutation the page uses; the rules are the server's, the checks here
// only spare a round trip. Outside the days readings are accepted the values are shown and sending waits.
import { For, Show, createSignal, createUniqueId, type JSX } from "solid-js";
import { FormError } from "../../../components/Status";
import { useReadingsForm } from "../hooks/useReadingsForm";
import { acceptsReadings, without, type Link, type Meter, type PhotoRules, type SendOutcome, type Sent, type SentPhoto, type Warning } from "../submit";
import { MeterRows } from "./MeterRows";
import { OverLimitDialog } from "./OverLimitDialog";
import { SavedDialog } from "./SavedDialog";

export function MetersForm(props: {
  meters: Meter[];
  /** Set outside the days readings are accepted: the reason shown instead of sending. */
  closedText: string | undefined;
  /** The page's mutation is running. */
  sending: boolean;
  send: (readings: Sent[], confirmOverLimit: boolean, photos: SentPhoto[]) => Promise<SendOutcome>;
  /** Set where readings may carry a photo of each display (the cabinet's tab): what the file inputs take. */
  photoRules?: PhotoRules;
  /** After a successful submission: reload what «Предыдущие показания» show. */
  onSaved: () => void;
  /** Where a disabled meter's row sends for its history. */
  historyLink: Link;
  /** What figure 14 offers: the preliminary calculation, or signing in for it. */
  savedNext: Link;
  /**
   * «Оспорить показания» for a meter refused for a value below the accepted one: the window that
   * files the dispute (the cabinet's tab; a reminder's link page, without sign-in, has none).
   */
  dispute?: (meter: Meter, readings: Sent[], photo: File | undefined, close: () => void) => JSX.Element;
}) {
  const id = createUniqueId();
  const form = useReadingsForm(() => props.meters);
  const [warning, setWarning] = createSignal<{ readings: Sent[]; warnings: Warning[] } | null>(null);
  const [saved, setSaved] = createSignal(false);
  const [disputing, setDisputing] = createSignal<{ meter: Meter; readings: Sent[] } | null>(null);
  const closedText = () => props.closedText;
  // The photo of each meter's display chosen for this submission, by meter id.
  const [photos, setPhotos] = createSignal<Record<string, File>>({});
  /** The photos of the meters being sent. */
  const photosOf = (readings: Sent[]): SentPhoto[] =>
    Object.entries(photos())
      .filter(([meterId]) => readings.some((r) => r.meterId === meterId))
      .map(([meterId, photo]) => ({ meterId, photo }));

  async function send(readings: Sent[], confirmOverLimit: boolean) {
    const sentPhotos = photosOf(readings);
    const outcome = await props.send(readings, confirmOverLimit, sentPhotos);
    setWarning(null);
    if ("requestError" in outcome) return form.setFormError(outcome.requestError);
    if (outcome.userErrors.length) return form.showUserErrors(outcome.userErrors, readings, sentPhotos);
    if (outcome.warnings.length) return setWarning({ readings, warnings: outcome.warnings });
    form.reset();
    setPhotos({});
    setSaved(true);
    props.onSaved();
  }

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    if (closedText()) return;
    form.clearErrors();
    const readings = form.collect();
    if (readings) await send(readings, false);
  }

  return (
    <>
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
            <For each={props.meters}>
              {(meter) => (
                <MeterRows
                  meter={meter}
                  values={form.values}
                  zoneErrors={form.zoneErrors()}
                  meterError={form.meterErrors()[meter.id]}
                  closedText={closedText()}
                  onInput={(zone, value) => form.edit(meter, zone, value)}
                  historyLink={props.historyLink}
                  onDispute={props.dispute && form.below()[meter.id] ? () => setDisputing({ meter, readings: form.below()[meter.id]! }) : undefined}
                  photo={
                    props.photoRules && {
                      rules: props.photoRules,
                      file: photos()[meter.id],
                      onChange: (file) => setPhotos((all) => (file ? { ...all, [meter.id]: file } : without(all, meter.id))),
                    }
                  }
                />
              )}
            </For>
          </table>
        </div>
        <FormError id={`${id}-form-error`} message={form.formError()} />
        <Show
          when={props.meters.some(acceptsReadings)}
          fallback={<p class="notice notice--info">Сейчас нет приборов учета, по которым можно передать показания.</p>}
        >
          <div class="meters-form__buttons">
            <button
              type="submit"
              class="button button--primary"
              disabled={props.sending || !!closedText()}
              aria-describedby={closedText() ? `${id}-closed` : undefined}
            >
              {props.sending && !warning() ? "Передаём…" : "Передать показания"}
            </button>
            <p class="field__hint">Передаются все заполненные приборы учета; у прибора с несколькими зонами укажите показания всех зон.</p>
          </div>
        </Show>
      </form>

      <Show when={warning()}>
        {(w) => (
          <OverLimitDialog
            warnings={w().warnings}
            readings={w().readings}
            meters={props.meters}
            sending={props.sending}
            onConfirm={() => void send(w().readings, true)}
            onCancel={() => setWarning(null)}
          />
        )}
      </Show>
      <Show when={disputing()}>{(d) => props.dispute?.(d().meter, d().readings, photos()[d().meter.id], () => setDisputing(null))}</Show>
      <Show when={saved()}>
        <SavedDialog next={props.savedNext} onClose={() => setSaved(false)} />
      </Show>
    </>
  );
}
