// The Web Push channel (RFC 8030/8291/8292) through the `web-push` library: the payload is
// encrypted to the browser's keys (aes128gcm) and posted to the subscription's endpoint at the
// browser vendor's push service, signed with our VAPID key. Outside production, unset VAPID keys
// are generated at start (config.ts; subscriptions made with them end with a restart).
import type https from "node:https";
import webpush from "web-push";
import { DeliveryError, type PushMessage, type PushTransport } from "./port.js";

export interface WebPushSettings {
  publicKey?: string;
  privateKey?: string;
  subject: string;
}

/** The key pair in effect: the configured one, else a fresh one for this process. */
export function vapidKeys(s: WebPushSettings): { publicKey: string; privateKey: string } {
  if (s.publicKey && s.privateKey) return { publicKey: s.publicKey, privateKey: s.privateKey };
  return webpush.generateVAPIDKeys();
}

/** `agent`: the HTTPS agent to post with (a test trusts its loopback push service's certificate). */
export function webPushTransport(s: WebPushSettings & { publicKey: string; privateKey: string; agent?: https.Agent }): PushTransport {
  return {
    publicKey: s.publicKey,
    async send(m: PushMessage) {
      try {
        await webpush.sendNotification({ endpoint: m.endpoint, keys: m.keys }, JSON.stringify({ title: m.title, body: m.body, url: m.url }), {
          vapidDetails: { subject: s.subject, publicKey: s.publicKey, privateKey: s.privateKey },
          TTL: m.ttlSeconds ?? 24 * 3600,
          contentEncoding: "aes128gcm",
          timeout: 10_000,
          ...(s.agent ? { agent: s.agent } : {}),
        });
      } catch (err) {
        const status = (err as { statusCode?: number }).statusCode;
        // 404/410: the browser dropped the subscription; 400/413: this message can never go.
        const permanent = status === 404 || status === 410 || status === 400 || status === 413;
        throw new DeliveryError(`push service answered ${status ?? "nothing"}: ${(err as Error).message}`.slice(0, 500), permanent, status);
      }
    },
  };
}
