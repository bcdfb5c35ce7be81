// What a charge line was computed from (Charge.inputs, JSONB): written by the period close in
// the same statement as the line (close-sql.ts, _bc_final), or derived afterwards from what is
// still on record for lines closed before it was kept (deriveChargeInputsSql; `derived: true`).
// Numbers are decimal strings (exact); dates are ISO; a missing key is «нет данных».
import { z } from "zod";

const decimal = z.string().regex(/^-?\d+(\.\d+)?$/);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}/);

const reading = z.object({
  meter: z.string(),
  prev: decimal.optional(),
  prevPeriod: day.optional(),
  prevAt: z.string().optional(),
  prevSource: z.string().optional(),
  cur: decimal.optional(),
  curAt: z.string().optional(),
  curSource: z.string().optional(),
});

export const chargeInputsSchema = z.object({
  v: z.literal(1),
  /** Method, volume, norm, ratio and losses are the line's own columns; a derived record repeats them. */
  method: z.enum(["METER", "NORM", "AVERAGE", "FIXED"]).optional(),
  /** True when reconstructed after the close from the readings, tariffs and payments on record. */
  derived: z.boolean().optional(),
  volume: decimal.optional(),
  /** Per meter of the line's zone: previous and current accepted reading. */
  readings: z.array(reading).optional(),
  ratio: decimal.optional(),
  losses: decimal.optional(),
  norm: decimal.optional(),
  /** What a norm (or a fixed charge's quantity) is multiplied by. */
  normBase: z
    .object({
      quantity: decimal.optional(),
      basis: z.enum(["PER_RESIDENT", "PER_AREA", "FIXED"]).optional(),
      base: decimal.optional(),
      residents: z.number().optional(),
      rooms: z.number().optional(),
      area: decimal.optional(),
      stove: z.string().optional(),
      /** The service's meters: 0 — none installed, else some lacked a reading. */
      meters: z.number().optional(),
    })
    .optional(),
  tariff: z.object({ rate: decimal, zone: z.string().optional(), from: day.optional(), to: day.optional() }).optional(),
  recalculation: z.object({ reason: z.string(), since: day.optional(), months: z.array(z.object({ period: day, amount: decimal })).optional() }).optional(),
  penalty: z.object({ overdue: decimal, unpaidPenalty: decimal.optional(), base: decimal, days: z.number(), rate: decimal }).optional(),
  payments: z.object({ supplierTotal: decimal.optional(), list: z.array(z.object({ id: z.number(), at: z.string(), amount: decimal })).optional() }).optional(),
});

export type ChargeInputs = z.infer<typeof chargeInputsSchema>;
export type ReadingInput = z.infer<typeof reading>;

/** The stored JSON as ChargeInputs; null when absent or not in a shape this code knows. */
export function parseChargeInputs(json: unknown): ChargeInputs | null {
  if (json === null || json === undefined) return null;
  const r = chargeInputsSchema.safeParse(json);
  return r.success ? r.data : null;
}
