// «Оспорить показания»: when the display shows less than the last accepted value, the manual
// sends the customer to the office with a photo of the display (6.2). Here it is one appeal of
// the reason «Несогласие с принятыми показаниями», filed from «Передача показаний» in one step:
// the meter, the values read off the display, the accepted ones they are below, the photo
// (cleaned: photo.ts) and the comment. Everything is checked before anything is stored; the
// appeal, its photo and the dispute row are written together (appeals/submit.ts: fileAppeal).
import type { Appeal, Meter, MeterReading, TariffZone, User } from "../../db/generated/prisma/client.js";
import { UserFacingError, type UserErrorData } from "../../shared/errors.js";
import { money, type Money } from "../../shared/money.js";
import { READINGS_DISPUTE_TYPE, loadTypeByCode } from "../appeals/catalog.js";
import { appealErrors } from "../appeals/errors.js";
import { consentErrors, fileAppeal, linkedAccount, type SubmitDeps } from "../appeals/submit.js";
import { problem } from "./errors.js";
import { checkedPhoto } from "./photo.js";
import { VALUE_PATTERN } from "./rules.js";
import { ZONE_TEXT } from "./texts.js";

export interface ZoneValue {
  zone: TariffZone;
  value: string;
}

export interface DisputeInput {
  accountId: number;
  meterId: number;
  /** Every zone of the meter, as read off its display. */
  readings: ZoneValue[];
  photo: File | null | undefined;
  comment: string;
  consentPersonalData: boolean;
  consentSimpleSignature: boolean;
}

/** The longest comment: the reason's «Комментарий» is a TEXTAREA (appeals/form.ts). */
const MAX_COMMENT = 4000;

/** The last accepted value per zone (readings ordered newest first). */
export function acceptedPerZone(readings: Pick<MeterReading, "zone" | "value" | "status">[]): Map<TariffZone, Money> {
  const out = new Map<TariffZone, Money>();
  for (const r of readings) if (r.status === "ACCEPTED" && !out.has(r.zone)) out.set(r.zone, money(r.value.toString()));
  return out;
}

/** Newest first, as `acceptedPerZone` wants them. */
export const ACCEPTED_ORDER = [{ period: "desc" as const }, { submittedAt: "desc" as const }, { id: "desc" as const }];

/**
 * Every zone of the meter once, each a value its display can show; errors point at
 * ["input", "readings", i, "value" | "zone"].
 */
export function checkZoneValues(meter: Pick<Meter, "zones" | "digits">, readings: ZoneValue[]): { values: Map<TariffZone, Money>; errors: UserErrorData[] } {
  const errors: UserErrorData[] = [];
  const values = new Map<TariffZone, Money>();
  const at = (i: number, leaf: string) => ["input", "readings", String(i), leaf];
  readings.forEach((r, i) => {
    if (!meter.zones.includes(r.zone) || values.has(r.zone)) return errors.push(problem("ZONES", at(i, "zone")));
    const raw = r.value.trim();
    if (!VALUE_PATTERN.test(raw) || raw.split(/[.,]/)[0]!.length > meter.digits) return errors.push(problem("INVALID_VALUE", at(i, "value"), meter.digits));
    values.set(r.zone, money(raw.replace(",", ".")));
  });
  if (!errors.length && (values.size !== meter.zones.length || !readings.length)) errors.push(problem("ZONES", ["input", "readings"]));
  return { values, errors };
}

/** «День: 1 200,5; Ночь: 300 кВт.ч» — how the values read in the appeal. */
export function valuesText(values: ZoneValue[], unit: string): string {
  const one = values.length === 1 && values[0]!.zone === "ALL_DAY";
  const each = values.map((v) => `${one ? "" : `${ZONE_TEXT[v.zone]}: `}${v.value.replace(".", ",")}`);
  return `${each.join("; ")} ${unit}`;
}

const zoneValues = (meter: Pick<Meter, "zones">, values: Map<TariffZone, Money>): ZoneValue[] =>
  meter.zones.filter((z) => values.has(z)).map((zone) => ({ zone, value: values.get(zone)!.toString() }));

/** Files the dispute for a customer with a confirmed e-mail (the resolver's appeals gate). */
export async function fileReadingDispute(deps: SubmitDeps, user: User, input: DisputeInput): Promise<Appeal> {
  const account = await linkedAccount(deps.db, user.id, input.accountId);
  const meter = await deps.db.meter.findFirst({
    where: { id: input.meterId, accountId: account.id, removedAt: null },
    include: { readings: { where: { status: "ACCEPTED" }, orderBy: ACCEPTED_ORDER, take: 20 } },
  });
  if (!meter) throw new UserFacingError(problem("UNKNOWN_METER", ["input", "meterId"]));
  if (meter.status !== "ACTIVE") throw new UserFacingError(problem("METER_DISABLED", ["input", "meterId"]));

  const { values, errors } = checkZoneValues(meter, input.readings);
  const accepted = acceptedPerZone(meter.readings);
  if (!errors.length && ![...values].some(([zone, v]) => accepted.has(zone) && v.lt(accepted.get(zone)!)))
    errors.push(problem("NOT_BELOW_ACCEPTED", ["input", "readings"]));
  const comment = input.comment.trim();
  if (comment.length > MAX_COMMENT)
    errors.push(appealErrors.problem("INVALID_VALUE", ["input", "comment"], { kind: "tooLong", label: "Комментарий", max: MAX_COMMENT }));
  let photo: Awaited<ReturnType<typeof checkedPhoto>> | null = null;
  try {
    photo = await checkedPhoto(input.photo, ["input", "photo"]);
  } catch (err) {
    if (!(err instanceof UserFacingError)) throw err;
    errors.push(...err.errors);
  }
  errors.push(...consentErrors(input));
  if (errors.length || !photo) throw new UserFacingError(errors);

  const type = await loadTypeByCode(deps.db, READINGS_DISPUTE_TYPE);
  if (!type) throw new Error(`the appeal catalog has no active ${READINGS_DISPUTE_TYPE} reason (seedAppealCatalog)`);
  const entered = zoneValues(meter, values);
  const before = zoneValues(meter, accepted);
  const photoFile = new File([new Uint8Array(photo.jpeg)], `Фото табло ${meter.number}.jpg`, { type: "image/jpeg" });
  return fileAppeal(
    deps,
    user,
    account,
    type,
    {
      fields: [
        { code: "meterNumber", value: meter.number },
        { code: "enteredReadings", value: valuesText(entered, meter.unit) },
        { code: "acceptedReadings", value: valuesText(before, meter.unit) },
        ...(comment ? [{ code: "comment", value: comment }] : []),
      ],
      files: [{ slot: "displayPhoto", file: photoFile }],
      consentPersonalData: input.consentPersonalData,
      consentSimpleSignature: input.consentSimpleSignature,
    },
    {
      within: async (tx, appeal) => {
        const stored = await tx.appealFile.findFirst({ where: { appealId: appeal.id, slotCode: "displayPhoto" }, select: { id: true } });
        await tx.readingDispute.create({
          data: { appealId: appeal.id, meterId: meter.id, entered: entered as never, accepted: before as never, photoFileId: stored?.id ?? null },
        });
      },
    },
  );
}
