// The values typed on «Передача показаний» and the messages next to them: the checks before
// sending, and the API's userErrors put back next to the reading they name.
import { createSignal } from "solid-js";
import { createStore, reconcile } from "solid-js/store";
import type { TariffZone } from "../../../gql/graphql";
import { isReading, normalizeReading } from "../../../lib/decimal";
import type { UserErrorLike } from "../../../lib/userErrors";
import { MSG, acceptsReadings, inputId, key, without, type Meter, type Sent, type SentPhoto } from "../submit";

export function useReadingsForm(meters: () => Meter[]) {
  const [values, setValues] = createStore<Record<string, string>>({});
  // Messages by reading key (meterId:zone) and by meter id; `form` for the rest.
  const [zoneErrors, setZoneErrors] = createSignal<Record<string, string>>({});
  const [meterErrors, setMeterErrors] = createSignal<Record<string, string>>({});
  const [formError, setFormError] = createSignal<string | null>(null);
  // Meters refused for a value below the accepted one, with what was sent for them: «Оспорить показания».
  const [below, setBelow] = createSignal<Record<string, Sent[]>>({});

  function clearErrors() {
    setZoneErrors({});
    setMeterErrors({});
    setFormError(null);
    setBelow({});
  }

  function edit(meter: Meter, zone: TariffZone, value: string) {
    setValues(key(meter.id, zone), value);
    if (below()[meter.id]) setBelow((all) => without(all, meter.id));
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
  function showUserErrors(errors: readonly UserErrorLike[], sent: Sent[], photos: SentPhoto[] = []) {
    const zoneErrs: Record<string, string> = {};
    const meterErrs: Record<string, string> = {};
    const other: string[] = [];
    const refused: Record<string, Sent[]> = {};
    for (const e of errors) {
      const [root, list, index, leaf] = e.field ?? [];
      const reading = root === "input" && list === "readings" && index !== undefined ? sent[Number(index)] : undefined;
      if (reading && e.code === "BELOW_ACCEPTED") refused[reading.meterId] = sent.filter((s) => s.meterId === reading.meterId);
      const photo = root === "input" && list === "photos" && index !== undefined ? photos[Number(index)] : undefined;
      if (photo) meterErrs[photo.meterId] ??= e.message;
      else if (!reading) other.push(e.message);
      else if (leaf === "value") zoneErrs[key(reading.meterId, reading.zone)] ??= e.message;
      else meterErrs[reading.meterId] ??= e.message;
    }
    setZoneErrors(zoneErrs);
    setMeterErrors(meterErrs);
    setFormError(other.length ? other.join(" ") : null);
    setBelow(refused);
    focusFirstInvalid();
  }

  /** Empties every input once the readings are sent. */
  function reset() {
    setValues(reconcile({}));
  }

  return { values, zoneErrors, meterErrors, formError, below, setFormError, clearErrors, edit, collect, showUserErrors, reset };
}
