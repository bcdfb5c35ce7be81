import { Show } from "solid-js";
import type { TariffZone } from "../../../gql/graphql";
import { formatDate } from "../../../lib/format";
import { formatReading } from "../../../lib/decimal";
import type { Meter } from "../submit";

/**
 * «Предыдущие показания»: the last accepted value with the date billing accepted it (the date it
 * was sent when that is unknown); the last submitted one too when it is newer.
 */
export function PreviousReadings(props: { meter: Meter; zone: TariffZone }) {
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
