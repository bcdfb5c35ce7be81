// GraphQL surface of «Потребление в сравнении»: Account.consumptionComparison (billing/consumption.ts).
import { builder } from "../../graphql/builder.js";
import { periodOf } from "../../shared/calendar.js";
import { AccountRef } from "../accounts/schema.js";
import {
  consumptionComparison,
  type ConsumptionBasis,
  type ConsumptionComparison,
  type ConsumptionPoint,
  type ObjectNorm,
  type ServiceConsumption,
} from "./consumption.js";

const ConsumptionBasisEnum = builder.enumType("ConsumptionBasis", {
  description: "How a month's volume was found; only METER and SUBMITTED are measurements, and only those are compared",
  values: {
    METER: { description: "Billed by the meters' readings" },
    SUBMITTED: { description: "The open month: by the readings submitted so far (not billed yet)" },
    NORM: { description: "Billed by the norm (no readings): not a measurement, not compared" },
    AVERAGE: { description: "Billed by the average: not a measurement, not compared" },
    CATCH_UP: { description: "Billed by the meters after months billed by the norm: the volume covers those months too, so it is not compared" },
  } satisfies Record<ConsumptionBasis, { description: string }>,
});

const NormBasisEnum = builder.enumType("ConsumptionNormBasis", {
  description: "What the norm is multiplied by",
  values: {
    PER_RESIDENT: { description: "Residents («чел.»)" },
    PER_AREA: { description: "Total area, m²" },
    FIXED: { description: "The object as a whole (× 1)" },
  } as const,
});

const ConsumptionPointRef = builder.objectRef<ConsumptionPoint>("ConsumptionPoint").implement({
  description: "A service's volume in one month",
  fields: (t) => ({
    period: t.field({ type: "Period", description: "The month", resolve: (p) => p.period }),
    volume: t.field({
      type: "Decimal",
      nullable: true,
      description: "The volume in the service's unit (all zones together); null when nothing was billed or submitted",
      resolve: (p) => p.volume,
    }),
    basis: t.field({ type: ConsumptionBasisEnum, nullable: true, description: "How the volume was found; null with the volume", resolve: (p) => p.basis }),
  }),
});

const ObjectNormRef = builder.objectRef<ObjectNorm>("ObjectNorm").implement({
  description: "The object's norm for a month: the norm × residents, m² or 1",
  fields: (t) => ({
    value: t.field({ type: "Decimal", description: "Норматив per resident, m² or object", resolve: (n) => n.value }),
    base: t.field({ type: "Decimal", description: "What it is multiplied by (residents, m², 1)", resolve: (n) => n.base }),
    basis: t.field({ type: NormBasisEnum, description: "Which of those `base` is", resolve: (n) => n.basis }),
    volume: t.field({ type: "Decimal", description: "value × base: the month's volume by the norm", resolve: (n) => n.volume }),
  }),
});

const ServiceConsumptionRef = builder.objectRef<ServiceConsumption>("ServiceConsumption").implement({
  description: "One service's consumption in a month, against the same month a year before and against the norm",
  fields: (t) => ({
    service: t.exposeString("service", { description: "The service's name" }),
    serviceCode: t.exposeString("serviceCode", { description: "Stable code of the service, e.g. ELECTRICITY" }),
    unit: t.exposeString("unit", { description: "Unit of every volume: кВт.ч, м³" }),
    current: t.field({ type: ConsumptionPointRef, description: "The month asked for", resolve: (s) => s.current }),
    yearAgo: t.field({ type: ConsumptionPointRef, description: "The same month a year before", resolve: (s) => s.yearAgo }),
    months: t.field({
      type: [ConsumptionPointRef],
      description: "Thirteen months from `yearAgo` to `current`, oldest first (the chart)",
      resolve: (s) => s.months,
    }),
    norm: t.field({
      type: ObjectNormRef,
      nullable: true,
      description: "The object's norm for the month; null when the service has none",
      resolve: (s) => s.norm,
    }),
    changeFromYearAgoPercent: t.int({
      nullable: true,
      description:
        "current against yearAgo in whole percent (+12: 12 % more); null unless both are measurements (METER, SUBMITTED) and the year-ago one is not zero",
      resolve: (s) => s.changeFromYearAgo,
    }),
    changeFromNormPercent: t.int({
      nullable: true,
      description: "current against the norm in whole percent; null unless current is a measurement",
      resolve: (s) => s.changeFromNorm,
    }),
    yearAgoText: t.exposeString("yearAgoText", {
      description: "The comparison in a sentence to show: «На 12 % больше, чем в ноябре 2025», or why there is none",
    }),
    normText: t.exposeString("normText", { nullable: true, description: "The norm in a sentence: «На 8 % меньше норматива (200 кВт.ч)»; null without a norm" }),
  }),
});

const ConsumptionComparisonRef = builder.objectRef<ConsumptionComparison>("ConsumptionComparison").implement({
  description: "«Потребление в сравнении»: each metered or norm-billed service's volume in a month, against a year before and the norm",
  fields: (t) => ({
    period: t.field({ type: "Period", description: "The month compared", resolve: (c) => c.period }),
    yearAgo: t.field({ type: "Period", description: "The same month a year before", resolve: (c) => c.yearAgo }),
    services: t.field({
      type: [ServiceConsumptionRef],
      description: "In the order of «Начисления»; fixed charges (ТКО, capital repair) are not consumption and are left out",
      resolve: (c) => c.services,
    }),
  }),
});

builder.prismaObjectField(AccountRef, "consumptionComparison", (t) =>
  t.field({
    type: ConsumptionComparisonRef,
    description:
      "Consumption per service in a month against the same month a year before and against the norm. A closed month: the billed volumes; the current month: by the readings submitted so far",
    // graphql/work-cost.ts counts a field without from/to as 37 months: 37 × 8 ≈ the 14 months of
    // charge lines it reads at «Начисления»' 20 a month.
    extensions: { workCost: { perMonth: 8 } },
    select: { id: true },
    args: { period: t.arg({ type: "Period", required: false, description: "The month; the current one (the retailer's calendar) when omitted" }) },
    resolve: (a, args, ctx) => {
      const now = ctx.clock.now();
      return consumptionComparison(ctx.db, a.id, args.period ?? periodOf(now, ctx.config.timezone), { now, timezone: ctx.config.timezone });
    },
  }),
);
