// OWASP's device cookies (Slow Down Online Guessing Attacks with Device Cookies): a browser
// that signed in successfully gets a signed HttpOnly cookie naming the user; its later attempts
// for that user are limited per device, so a stranger who locks the login or the shared address
// does not lock out the owner's own browser. The cookie is not a credential: the password is
// still checked.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Context } from "../../context.js";
import { purposeKey } from "../../shared/keys.js";
import type { Audience } from "./throttle.js";

export interface TrustedDevice {
  userId: number;
  deviceId: string;
}

export interface DeviceCookies {
  /** The device, when the request carries a cookie we signed for this audience, not yet expired. */
  read(): Promise<TrustedDevice | null>;
  /** After a successful sign-in: a fresh cookie trusting this browser for the user. */
  remember(userId: number): Promise<void>;
}

export const DEVICE_COOKIE = { customer: "kabinet_device", staff: "kabinet_staff_device" } as const;
const TTL_MS = 180 * 24 * 3600_000;

const mac = (key: Uint8Array, audience: Audience, body: string) => createHmac("sha256", key).update(`${audience}:${body}`).digest("base64url");

/** `<userId>.<deviceId>.<issued, unix ms>.<hmac>` */
export function signDevice(key: Uint8Array, audience: Audience, userId: number, deviceId: string, issuedAt: Date): string {
  const body = `${userId}.${deviceId}.${issuedAt.getTime()}`;
  return `${body}.${mac(key, audience, body)}`;
}

export function verifyDevice(key: Uint8Array, audience: Audience, value: string, now: Date): TrustedDevice | null {
  const m = /^(\d{1,12})\.([A-Za-z0-9_-]{16,64})\.(\d{1,15})\.([A-Za-z0-9_-]+)$/.exec(value);
  if (!m) return null;
  const expected = Buffer.from(mac(key, audience, `${m[1]}.${m[2]}.${m[3]}`));
  const given = Buffer.from(m[4]!);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const age = now.getTime() - Number(m[3]);
  if (age < 0 || age > TTL_MS) return null;
  return { userId: Number(m[1]), deviceId: m[2]! };
}

/** The request's device cookies (none over WebSocket, where there is no answer to set one on). */
export function deviceCookies(ctx: Pick<Context, "request" | "config" | "clock">, audience: Audience): DeviceCookies | null {
  const store = ctx.request?.cookieStore;
  if (!store) return null;
  const key = purposeKey(ctx.config.jwtSecret, "device-cookie");
  const name = DEVICE_COOKIE[audience];
  return {
    async read() {
      const value = (await store.get(name))?.value;
      return value ? verifyDevice(key, audience, value, ctx.clock.now()) : null;
    },
    async remember(userId) {
      const now = ctx.clock.now();
      await store.set({
        name,
        value: signDevice(key, audience, userId, randomBytes(16).toString("base64url"), now),
        expires: now.getTime() + TTL_MS,
        path: "/graphql",
        domain: null,
        sameSite: "strict",
        secure: ctx.config.publicUrl.startsWith("https:"),
        httpOnly: true,
      });
    },
  };
}
