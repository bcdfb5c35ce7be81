// A customer's Web Push subscriptions, one per browser: saved (or moved to this user, when the
// browser was subscribed by someone who signed in before), with the topics that device wants,
// and deleted on request or when the push service says the browser dropped it.
import type { PrismaClient, PushSubscription } from "../../db/generated/prisma/client.js";
import { userError } from "./errors.js";

export type PushTopic = "readingReminders" | "paymentReminders" | "appealAnswers";
export const PUSH_TOPICS: PushTopic[] = ["readingReminders", "paymentReminders", "appealAnswers"];

export interface PushSubscriptionInput {
  endpoint: string;
  p256dh: string;
  auth: string;
  readingReminders: boolean;
  paymentReminders: boolean;
  appealAnswers: boolean;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;
const bytes = (s: string) => (BASE64URL.test(s) ? Buffer.from(s, "base64url").length : -1);

function isValid(i: PushSubscriptionInput): boolean {
  let url: URL;
  try {
    url = new URL(i.endpoint);
  } catch {
    return false;
  }
  // An uncompressed P-256 point (0x04 ‖ x ‖ y) and a 16-byte secret (RFC 8291).
  return (
    url.protocol === "https:" && i.endpoint.length <= 2048 && bytes(i.p256dh) === 65 && Buffer.from(i.p256dh, "base64url")[0] === 4 && bytes(i.auth) === 16
  );
}

export async function savePushSubscription(db: PrismaClient, userId: number, input: PushSubscriptionInput, enabled: boolean): Promise<PushSubscription> {
  if (!enabled) throw userError("PUSH_DISABLED");
  if (!isValid(input)) throw userError("PUSH_SUBSCRIPTION_INVALID", "endpoint");
  const data = {
    userId,
    p256dh: input.p256dh,
    auth: input.auth,
    readingReminders: input.readingReminders,
    paymentReminders: input.paymentReminders,
    appealAnswers: input.appealAnswers,
  };
  return db.pushSubscription.upsert({ where: { endpoint: input.endpoint }, create: { endpoint: input.endpoint, ...data }, update: data });
}

/** This browser's subscription of this user; null when there is none (or it is someone else's). */
export function findPushSubscription(db: PrismaClient, userId: number, endpoint: string): Promise<PushSubscription | null> {
  return db.pushSubscription.findFirst({ where: { userId, endpoint } });
}

export async function deletePushSubscription(db: PrismaClient, userId: number, endpoint: string): Promise<boolean> {
  const { count } = await db.pushSubscription.deleteMany({ where: { userId, endpoint } });
  return count > 0;
}
