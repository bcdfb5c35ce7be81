// The form of «Передача показаний» (manual 6.2.1, figures 11, 12, 14), shared by the cabinet's
// subsection and the page a reminder's personal link opens: per meter its zones with the last
// accepted (and, when newer, the last submitted) values, an input per zone as long as the meter's
// display and the consumption computed while typing. «Передать показания» sends every filled
// meter, all zones of a meter together; too-large values come back as a warning to confirm
// (figure 12); success opens figure 14. Outside the days readings are accepted the values are
// shown and sending waits.
import { For, Index, Show, createSignal, createUniqueId, type JSX } from "solid-js";
import { createStore, reconcile } from "solid-js/store";
import type { MeterReadingsSubmitMutation, MeterStatus, TariffZone } from "../../gql/graphql";
import { formatDate, plural } from "../../lib/format";
import { consumption, formatReading, isBelow, isReading, normalizeReading, readingMaxLength } from "../../lib/decimal";
import type { UserErrorLike } from "../../lib/userErrors";
import { Dialog } from "../../components/Dialog";
import { FormError } from "../../components/Status";
import { CheckCircleIcon, WarningIcon } from "../../components/Icons";
import { ZONE_LABEL, ZoneLabel } from "./zones";

/** A meter as the form needs it (the cabinet's `Meter` and the link's `ReminderLinkMeter` both fit). */
export type FormMeter = {
  id: string;
  number: string;
  resource: string;
  unit: string;
  digits: number;
  zones: TariffZone[];
  status: MeterStatus;
  statusText: string;
  blockedReason?: string | null;
  nextVerificationDate?: string | null;
  lastAccepted: { zone: TariffZone; value: string; submittedAt: string; acceptedAt?: string | null }[];
  lastSubmitted: { zone: TariffZone; value: string; submittedAt: string; sourceText: string }[];
};
type Warning = MeterReadingsSubmitMutation["meterReadingsSubmit"]["warnings"][number];
/** A reading as sent: the shape of Sent with the meter's global id. */
export type Sent = { meterId: string; zone: TariffZone; value: string };

/** The manual's texts, the same as the server's. */
export const MSG = {
  allZones: "Укажите показания по всем тарифным зонам прибора учета.",
  empty: "Введите показания.",
  format: (digits: number) =>
    `Введите показание числом: не более ${digits} ${plural(digits, ["цифры", "цифр", "цифр"])} до запятой и 3 после, например 2640 или 2640,5.`,
  window: (fromDay: number, toDay: number) => `Передать показания можно с ${fromDay} по ${toDay} число каждого месяца.`,
  closed: "Сейчас показания не принимаются.",
} as const;

function without(record: Record<string, string>, name: string): Record<string, string> {
  const copy = { ...record };
  delete copy[name];
  return copy;
}

const key = (meterId: string, zone: TariffZone) => `${meterId}:${zone}`;
/** Element ids use the meter number: global ids carry «=». */
const inputId = (meter: FormMeter, zone: TariffZone) => `reading-${meter.number}-${zone}`;

/** Only working meters take readings (6.2): «Отключен» ones show history only. */
const isActive = (m: FormMeter) => m.status === "ACTIVE";
const acceptsReadings = (m: FormMeter) => isActive(m) && !m.blockedReason;

/** What a submission came back with: the payload's errors and warnings, or why the request failed. */
export type SendOutcome = { userErrors: readonly UserErrorLike[]; warnings: Warning[] } | { requestError: string };

/**
 * The meters' table with an input per zone, «Передать показания», the too-large values' dialog
 * (figure 12) and the success one (figure 14). `send` submits through whichever mutation the page
 * uses; the rules are the server's, the checks here only spare a round trip.
 */
export function MetersForm(props: {
  meters: FormMeter[];
  /** Set outside the days readings are accepted: the reason shown instead of sending. */
  closedText: string | undefined;
  sending: boolean;
  send: (readings: Sent[], confirmOverLimit: boolean) => Promise<SendOutcome>;
  /** After a successful submission (reload what «Предыдущие показания» shows). */
  onSaved: () => void;
  /** Where a disabled meter's row sends for its history. */
  historyLink: JSX.Element;
  /** The success dialog's buttons, given a function that closes it. */
  savedActions: (close: () => void) => JSX.Element;
}) {
  const id = createUniqueId();
  const [values, setValues] = createStore<Record<string, string>>({});
  // Messages by reading key (meterId:zone) and by meter id; `form` for the rest.
  const [zoneErrors, setZoneErrors] = createSignal<Record<string, string>>({});
  const [meterErrors, setMeterErrors] = createSignal<Record<string, string>>({});
  const [formError, setFormError] = createSignal<string | null>(null);
  const [warning, setWarning] = createSignal<{ readings: Sent[]; warnings: Warning[] } | null>(null);
  const [saved, setSaved] = createSignal(false);

  const meters = () => props.meters;
  const closedText = () => props.closedText;

  function clearErrors() {
    setZoneErrors({});
    setMeterErrors({});
    setFormError(null);
  }

  function edit(meter: FormMeter, zone: TariffZone, value: string) {
    setValues(key(meter.id, zone), value);
    // A corrected input drops its own message and its meter's.
    const k = key(meter.id, zone);
    if (zoneErrors()[k]) setZoneErrors((all) => without(all, k));
    if (meterErrors()[meter.id]) setMeterErrors((all) => without(all, meter.id));
  }

  function focusFirstInvalid() {
    queueMicrotask(() => document.querySelector<HTMLElement>(".meters input[aria-invalid=true]")?.focus());
  }

  /** The filled meters as the API wants them, or the messages that keep them from being sent. */
  function collect(): Sent[] | null {
    const readings: Sent[] = [];
    const zoneErrs: Record<string, string> = {};
    const meterErrs: Record<string, string> = {};
    for (const meter of meters()) {
      if (!acceptsReadings(meter)) continue;
      const typed = meter.zones.map((zone) => ({ zone, value: (values[key(meter.id, zone)] ?? "").trim() }));
      const filled = typed.filter((t) => t.value !== "");
      if (filled.length === 0) continue;
      if (filled.length < typed.length) meterErrs[meter.id] = MSG.allZones;
      for (const t of filled) {
        if (!isReading(t.value, meter.digits)) zoneErrs[key(meter.id, t.zone)] = MSG.format(meter.digits);
      }
      for (const t of filled) readings.push({ meterId: meter.id, zone: t.zone, value: normalizeReading(t.value) });
    }
    setZoneErrors(zoneErrs);
    setMeterErrors(meterErrs);
    if (Object.keys(zoneErrs).length || Object.keys(meterErrs).length) {
      focusFirstInvalid();
      return null;
    }
    if (readings.length === 0) {
      setFormError(MSG.empty);
      const first = meters().find(acceptsReadings);
      if (first) document.getElementById(inputId(first, first.zones[0]!))?.focus();
      return null;
    }
    return readings;
  }

  /** userErrors name the reading by its index in what was sent: ["input", "readings", "3", "value"]. */
  function showUserErrors(errors: readonly UserErrorLike[], sent: Sent[]) {
    const zoneErrs: Record<string, string> = {};
    const meterErrs: Record<string, string> = {};
    const other: string[] = [];
    for (const e of errors) {
      const [root, list, index, leaf] = e.field ?? [];
      const reading = root === "input" && list === "readings" && index !== undefined ? sent[Number(index)] : undefined;
      if (!reading) other.push(e.message);
      else if (leaf === "value") zoneErrs[key(reading.meterId, reading.zone)] ??= e.message;
      else meterErrs[reading.meterId] ??= e.message;
    }
    setZoneErrors(zoneErrs);
    setMeterErrors(meterErrs);
    setFormError(other.length ? other.join(" ") : null);
    focusFirstInvalid();
  }

  async function send(readings: Sent[], confirmOverLimit: boolean) {
    const outcome = await props.send(readings, confirmOverLimit);
    setWarning(null);
    if ("requestError" in outcome) return setFormError(outcome.requestError);
    if (outcome.userErrors.length) return showUserErrors(outcome.userErrors, readings);
    if (outcome.warnings.length) return setWarning({ readings, warnings: outcome.warnings });
    setValues(reconcile({}));
    setSaved(true);
    props.onSaved();
  }

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    if (closedText()) return;
    clearErrors();
    const readings = collect();
    if (readings) await send(readings, false);
  }

  return (
    <>
      <form class="meters-form" onSubmit={onSubmit} novalidate aria-describedby={formError() ? `${id}-form-error` : undefined}>
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
                  values={values}
                  zoneErrors={zoneErrors()}
                  meterError={meterErrors()[meter.id]}
                  closedText={closedText()}
                  onInput={(zone, value) => edit(meter, zone, value)}
                  historyLink={props.historyLink}
                />
              )}
            </For>
          </table>
        </div>
        <FormError id={`${id}-form-error`} message={formError()} />
        <Show
          when={meters().some(acceptsReadings)}
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
            meters={meters()}
            sending={props.sending}
            onConfirm={() => void send(w().readings, true)}
            onCancel={() => setWarning(null)}
          />
        )}
      </Show>
      <Show when={saved()}>
        <SavedDialog onClose={() => setSaved(false)} actions={props.savedActions(() => setSaved(false))} />
      </Show>
    </>
  );
}

/** One meter: a row per zone (figure 11), then its messages. */
function MeterRows(props: {
  meter: FormMeter;
  values: Record<string, string>;
  zoneErrors: Record<string, string>;
  meterError: string | undefined;
  /** Set outside the days readings are accepted: the inputs keep their values but take no new ones. */
  closedText: string | undefined;
  onInput: (zone: TariffZone, value: string) => void;
  historyLink: JSX.Element;
}) {
  const m = () => props.meter;
  const rows = () => m().zones.length;
  const errorId = `meter-${m().number}-error`;
  const zoneErrorId = (zone: TariffZone) => `${inputId(m(), zone)}-error`;
  const zonesWithErrors = () => m().zones.filter((z) => props.zoneErrors[key(m().id, z)]);
  const hasErrors = () => !!props.meterError || zonesWithErrors().length > 0;
  /** Why the inputs take nothing now: the meter is blocked, or it is not the days for readings. */
  const lockReason = () => m().blockedReason ?? props.closedText;

  return (
    <tbody class="meter" classList={{ "meter--off": !isActive(m()), "meter--invalid": hasErrors() }} data-meter={m().number}>
      <Index each={m().zones}>
        {(zone, i) => {
          const k = () => key(m().id, zone());
          const value = () => props.values[k()] ?? "";
          const accepted = () => m().lastAccepted.find((r) => r.zone === zone());
          const use = () => consumption(value(), accepted()?.value);
          const below = () => isBelow(value(), accepted()?.value);
          const invalid = () => !!props.zoneErrors[k()] || (!!props.meterError && value().trim() === "");
          return (
            <tr class="meter__row" classList={{ "meter__row--first": i === 0 }}>
              <Show when={i === 0}>
                <th scope="rowgroup" rowspan={rows()} class="meter__number">
                  <span class="meter__no">{m().number}</span>
                  <Show when={m().nextVerificationDate}>{(d) => <small class="meter__verification">Следующая поверка: {formatDate(d())}</small>}</Show>
                  <Show when={!isActive(m())}>
                    <span class="badge badge--warning meter__status">{m().statusText}</span>
                  </Show>
                </th>
                <td rowspan={rows()} class="meter__resource" data-label="Ресурс">
                  {m().resource}
                </td>
                <td rowspan={rows()} class="meter__unit" data-label="Ед. изм.">
                  {m().unit}
                </td>
              </Show>
              <td class="meter__zone">
                <ZoneLabel zone={zone()} />
              </td>
              <td class="meter__prev" data-label="Предыдущие показания">
                <Previous meter={m()} zone={zone()} />
              </td>
              <Show
                when={isActive(m())}
                fallback={
                  <Show when={i === 0}>
                    <td colspan="2" rowspan={rows()} class="meter__off">
                      <p>{m().statusText}: доступна только история показаний.</p>
                      {props.historyLink}
                    </td>
                  </Show>
                }
              >
                <td class="meter__input" data-label="Текущие показания">
                  <Show
                    when={!lockReason()}
                    fallback={
                      // Blocked: readonly rather than disabled, so the reason can be read on focus and tap.
                      <span class="reading reading--blocked">
                        <input
                          id={inputId(m(), zone())}
                          class="input reading__input"
                          name={inputId(m(), zone())}
                          type="text"
                          readonly
                          aria-disabled="true"
                          value={value()}
                          title={lockReason()}
                          placeholder="Прием закрыт"
                          aria-label={`Текущие показания, счетчик ${m().number}, ${ZONE_LABEL[zone()].toLowerCase()}`}
                          aria-describedby={`${inputId(m(), zone())}-tip`}
                        />
                        <span id={`${inputId(m(), zone())}-tip`} class="reading__tip" role="tooltip">
                          {lockReason()}
                        </span>
                      </span>
                    }
                  >
                    <input
                      id={inputId(m(), zone())}
                      class="input reading__input"
                      name={inputId(m(), zone())}
                      type="text"
                      inputmode="decimal"
                      autocomplete="off"
                      spellcheck={false}
                      maxLength={readingMaxLength(m().digits)}
                      value={value()}
                      onInput={(e) => props.onInput(zone(), e.currentTarget.value)}
                      aria-label={`Текущие показания, счетчик ${m().number}, ${ZONE_LABEL[zone()].toLowerCase()}`}
                      aria-invalid={invalid()}
                      aria-describedby={props.zoneErrors[k()] ? zoneErrorId(zone()) : props.meterError ? errorId : undefined}
                    />
                  </Show>
                </td>
                <td class="meter__use num" data-label="Расход ресурса">
                  <output for={inputId(m(), zone())} class="use" classList={{ "use--negative": below() }}>
                    {use() ?? ""}
                  </output>
                  <Show when={below()}>
                    <span class="sr-only"> — меньше ранее принятых показаний</span>
                  </Show>
                </td>
              </Show>
            </tr>
          );
        }}
      </Index>
      <Show when={hasErrors()}>
        <tr class="meter__errors">
          <td colspan="7">
            <ul class="meter__error-list">
              <Show when={props.meterError}>
                <li id={errorId} class="field-error">
                  {props.meterError}
                </li>
              </Show>
              <For each={zonesWithErrors()}>
                {(zone) => (
                  <li id={zoneErrorId(zone)} class="field-error">
                    <Show when={m().zones.length > 1}>
                      <strong>{ZONE_LABEL[zone]}:</strong>{" "}
                    </Show>
                    {props.zoneErrors[key(m().id, zone)]}
                  </li>
                )}
              </For>
            </ul>
          </td>
        </tr>
      </Show>
    </tbody>
  );
}

/**
 * «Предыдущие показания»: the last accepted value with the date billing accepted it (the date it
 * was sent when that is unknown); the last submitted one too when it is newer.
 */
function Previous(props: { meter: FormMeter; zone: TariffZone }) {
  const accepted = () => props.meter.lastAccepted.find((r) => r.zone === props.zone);
  const submitted = () => {
    const s = props.meter.lastSubmitted.find((r) => r.zone === props.zone);
    const a = accepted();
    return s && (!a || Date.parse(s.submittedAt) > Date.parse(a.submittedAt)) ? s : undefined;
  };
  return (
    <>
      <Show when={accepted()} fallback={<span class="muted">нет принятых</span>}>
        {(a) => (
          <span class="prev">
            <span class="prev__value">{formatReading(a().value)}</span>
            <span class="prev__date">{formatDate(a().acceptedAt ?? a().submittedAt)}</span>
          </span>
        )}
      </Show>
      <Show when={submitted()}>
        {(s) => (
          <span class="prev prev--submitted" title={`Способ передачи: ${s().sourceText}`}>
            <span class="prev__label">Передано:</span>
            <span class="prev__value">{formatReading(s().value)}</span>
            <span class="prev__date">{formatDate(s().submittedAt)}</span>
          </span>
        )}
      </Show>
    </>
  );
}

/** Figure 12: the too-large values, «Передать внесённые показания» or «Отмена». */
function OverLimitDialog(props: { warnings: Warning[]; readings: Sent[]; meters: FormMeter[]; sending: boolean; onConfirm: () => void; onCancel: () => void }) {
  const meter = (id: string) => props.meters.find((m) => m.id === id);
  const sent = (w: Warning) => props.readings.find((r) => r.meterId === w.meterId && r.zone === w.zone)?.value ?? "";
  return (
    <Dialog
      title="Внесенные показания слишком велики"
      role="alertdialog"
      onClose={props.onCancel}
      actions={
        <>
          <button type="button" class="button button--primary" onClick={() => props.onConfirm()} disabled={props.sending}>
            {props.sending ? "Передаём…" : "Передать внесённые показания"}
          </button>
          <button type="button" class="button button--ghost" data-autofocus onClick={() => props.onCancel()} disabled={props.sending}>
            Отмена
          </button>
        </>
      }
    >
      <div class="dialog__icon-line">
        <WarningIcon class="dialog__icon dialog__icon--warning" />
        <p>Проверьте показания: расход по ним намного больше обычного.</p>
      </div>
      <ul class="over-limit">
        <For each={props.warnings}>
          {(w) => {
            const m = meter(w.meterId);
            return (
              <li class="over-limit__item">
                <span class="over-limit__meter">
                  Счетчик {m?.number ?? ""} <ZoneLabel zone={w.zone} />
                </span>
                <span class="over-limit__values">
                  <span>
                    Показания: <strong>{formatReading(sent(w))}</strong> {m?.unit}
                  </span>
                  <span>
                    Расход: <strong>{formatReading(w.consumption)}</strong> {m?.unit}
                  </span>
                </span>
              </li>
            );
          }}
        </For>
      </ul>
      <p>Если Вы уверены в правильности показаний, нажмите «Передать внесённые показания». Для возврата к вводу показаний нажмите «Отмена».</p>
    </Dialog>
  );
}

/** Figure 14: success; the caller gives the way on (the preliminary calculation, or signing in for it). */
export function SavedDialog(props: { onClose: () => void; actions: JSX.Element }) {
  return (
    <Dialog title="Показания успешно переданы" onClose={props.onClose} actions={props.actions}>
      <div class="dialog__icon-line">
        <CheckCircleIcon class="dialog__icon dialog__icon--success" />
        <p>
          Переданные показания отображаются в столбце «Предыдущие показания» и в подразделе «История показаний». По ним можно выполнить предварительный расчет
          суммы к оплате.
        </p>
      </div>
    </Dialog>
  );
}
