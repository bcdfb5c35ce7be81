// Who may record readings through which channel («Способ передачи», figure 13). The channel is
// what billing sees: a control round («контрольный обход») outranks the customer's own reading
// in the period close, so only the retailer's side may claim it.
import type { ReadingSource } from "../../db/generated/prisma/client.js";

/**
 * The channels readings are submitted through (REMOVAL — «демонтаж» — is recorded by billing, not
 * submitted). REMINDER_LINK is `reminderReadingsSubmit`'s alone: no caller of `meterReadingsSubmit` may claim it.
 */
export const READING_CHANNELS = [
  "WEB",
  "MOBILE_APP",
  "API_TOKEN",
  "PARTNER",
  "OFFICE",
  "CONTROL_ROUND",
  "REMINDER_LINK",
] as const satisfies readonly ReadingSource[];
export type ReadingChannel = (typeof READING_CHANNELS)[number];

export type ChannelCaller = "user" | "token" | "partner" | "staff" | "reminderLink";

/** Allowed channels per kind of caller; the first is the default when none is given. */
export const CHANNELS_OF: Record<ChannelCaller, readonly ReadingChannel[]> = {
  user: ["WEB", "MOBILE_APP"],
  token: ["API_TOKEN"], // a customer's own app with a personal token («Доступ для приложений»)
  partner: ["PARTNER", "OFFICE", "CONTROL_ROUND"],
  staff: ["OFFICE", "CONTROL_ROUND"],
  reminderLink: ["REMINDER_LINK"], // the personal link of a readings reminder, no sign-in (domains/reminders)
};

/** The channel to store, or null when this caller may not claim the one given. */
export function channelFor(caller: ChannelCaller, given: ReadingChannel | null | undefined): ReadingChannel | null {
  const allowed = CHANNELS_OF[caller];
  if (given == null) return allowed[0]!;
  return allowed.includes(given) ? given : null;
}
