// «Передача показаний» (6.2.1): the shapes and rules the readings form (components/MetersForm.tsx),
// its parts and the pages using it (the cabinet's tab, a reminder's link) share.
import type { MeterReadingsSubmitMutation, ReadingsMetersQuery, TariffZone } from "../../gql/graphql";
import { plural } from "../../lib/format";
import type { UserErrorLike } from "../../lib/userErrors";

type CabinetMeter = NonNullable<NonNullable<ReadingsMetersQuery["viewer"]>["activeAccount"]>["meters"][number];
/** A meter as the form needs it: the cabinet's `Meter` and a reminder link's `ReminderLinkMeter` both fit. */
export type Meter = Omit<CabinetMeter, "__typename">;
export type Warning = MeterReadingsSubmitMutation["meterReadingsSubmit"]["warnings"][number];
/** A reading as sent: the shape of Sent with the meter's global id. */
export type Sent = { meterId: string; zone: TariffZone; value: string };
/** What a submission came back with: the payload's errors and warnings, or why the request failed. */
export type SendOutcome = { userErrors: readonly UserErrorLike[]; warnings: Warning[] } | { requestError: string };
/** A photo of a meter's display sent with its readings. */
export type SentPhoto = { meterId: string; photo: File };
/** The API's photo rules (Query.readingPhotoRules): what the file inputs take. */
export type PhotoRules = { accept: string; maxBytes: number };
/** A way on from the form: its address and text (the cabinet's pages, or signing in for them). */
export type Link = { href: string; label: string };

/**
 * The messages of the checks made here before sending (the server checks again with its own
 * texts, server/domains/readings/errors.ts). The window's days and their sentence come from the API (readingsWindow).
 */
export const MSG = {
  allZones: "Укажите показания по всем тарифным зонам прибора учета.",
  empty: "Введите показания.",
  format: (digits: number) =>
    `Введите показание числом: не более ${digits} ${plural(digits, ["цифры", "цифр", "цифр"])} до запятой и 3 после, например 2640 или 2640,5.`,
  closed: "Сейчас показания не принимаются.",
  photoTooLarge: (maxMb: number) => `Фото больше ${maxMb} МБ. Уменьшите размер фото и приложите его снова.`,
} as const;

export function without<T>(record: Record<string, T>, name: string): Record<string, T> {
  const copy = { ...record };
  delete copy[name];
  return copy;
}

export const key = (meterId: string, zone: TariffZone) => `${meterId}:${zone}`;
/** Element ids use the meter number: global ids carry «=». */
export const inputId = (meter: Meter, zone: TariffZone) => `reading-${meter.number}-${zone}`;

/** Only working meters take readings (6.2): «Отключен» ones show history only. */
export const isActive = (m: Meter) => m.status === "ACTIVE";
export const acceptsReadings = (m: Meter) => isActive(m) && !m.blockedReason;
