// Зоны суток (manual 6.2.1): круглосуточно, день, ночь, пик, полупик — an icon and a label.
import type { Component } from "solid-js";
import { Dynamic } from "solid-js/web";
import type { TariffZone } from "../../gql/graphql";
import { ClockIcon, MoonIcon, PeakIcon, SemiPeakIcon, SunIcon } from "../../components/Icons";

export const ZONE_LABEL: Record<TariffZone, string> = {
  ALL_DAY: "Круглосуточно",
  DAY: "День",
  NIGHT: "Ночь",
  PEAK: "Пик",
  SEMI_PEAK: "Полупик",
};

const ZONE_ICON: Record<TariffZone, Component<{ class?: string }>> = {
  ALL_DAY: ClockIcon,
  DAY: SunIcon,
  NIGHT: MoonIcon,
  PEAK: PeakIcon,
  SEMI_PEAK: SemiPeakIcon,
};

/** Icon and label of a zone; `compact` shows the label to screen readers and on hover only. */
export function ZoneLabel(props: { zone: TariffZone; compact?: boolean }) {
  return (
    <span class={`zone zone--${props.zone.toLowerCase().replace("_", "-")}`} title={props.compact ? ZONE_LABEL[props.zone] : undefined}>
      <Dynamic component={ZONE_ICON[props.zone]} class="zone__icon" />
      <span class={props.compact ? "sr-only" : "zone__label"}>{ZONE_LABEL[props.zone]}</span>
    </span>
  );
}
