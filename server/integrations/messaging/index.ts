// Builds the Messenger from config: SMTP and the SMS gateway when configured, the dev outbox
// for whatever is not. Production refuses to start without both real channels: a customer
// could register but never get the confirmation link or code.
import type { Config } from "../../config.js";
import type { PrismaClient } from "../../db/generated/prisma/client.js";
import type { Clock } from "../../shared/clock.js";
import { Messenger, type MessengerOptions } from "./delivery.js";
import { DevOutbox, type OutboxEntry } from "./dev-outbox.js";
import { smsGatewayTransport } from "./sms-gateway.js";
import { smtpTransport } from "./smtp.js";
import { vapidKeys, webPushTransport } from "./web-push.js";

export { DeliveryError, type EmailMessage, type EmailTransport, type PushMessage, type PushTransport, type SmsMessage, type SmsTransport } from "./port.js";
export { vapidKeys, webPushTransport, type WebPushSettings } from "./web-push.js";
export { Messenger, MessageNotSentError, type MessengerOptions, type RecordedMessage, type SendOptions, type SendResult } from "./delivery.js";
export { DevOutbox, type OutboxEntry } from "./dev-outbox.js";

type MessagingConfig = Pick<Config, "env" | "smtpUrl" | "mailFrom" | "smsGatewayUrl" | "smsGatewayToken"> & Partial<Pick<Config, "webPush">>;

/** Throws a clear error for settings that cannot work; main.ts calls it before anything else. */
export function checkMessagingConfig(c: MessagingConfig): void {
  if (c.smsGatewayUrl && !c.smsGatewayToken) throw new Error("SMS_GATEWAY_TOKEN must be set together with SMS_GATEWAY_URL");
  if (c.env === "production") {
    const missing = [!c.smtpUrl && "SMTP_URL", !c.smsGatewayUrl && "SMS_GATEWAY_URL"].filter(Boolean);
    if (missing.length) throw new Error(`${missing.join(" and ")} must be set in production: confirmation e-mails and SMS codes would go nowhere`);
  }
}

export function createMessenger(deps: { config: MessagingConfig; db: PrismaClient; clock?: Clock } & Pick<MessengerOptions, "log">): Messenger {
  const c = deps.config;
  checkMessagingConfig(c);
  const now = deps.clock ? () => deps.clock!.now() : undefined;
  const outbox = c.smtpUrl && c.smsGatewayUrl ? undefined : new DevOutbox({ now, log: c.env === "development" ? deps.log : null });
  return new Messenger({
    db: deps.db,
    clock: deps.clock,
    log: deps.log,
    outbox,
    email: c.smtpUrl ? smtpTransport({ url: c.smtpUrl, from: c.mailFrom }) : outbox!.email,
    sms: c.smsGatewayUrl ? smsGatewayTransport({ url: c.smsGatewayUrl, token: c.smsGatewayToken! }) : outbox!.sms,
    push: c.webPush ? webPushTransport({ ...c.webPush, ...vapidKeys(c.webPush) }) : undefined,
  });
}

/** A Messenger on a fresh dev outbox (tests, tools): nothing leaves the process. */
export function devMessenger(
  opts: Pick<MessengerOptions, "db" | "clock" | "retry" | "log"> & { printMessages?: boolean; onMessage?: (entry: OutboxEntry) => void },
): Messenger {
  const { printMessages, onMessage, ...rest } = opts;
  const outbox = new DevOutbox({ log: printMessages ? undefined : null, now: opts.clock ? () => opts.clock!.now() : undefined, onMessage });
  return new Messenger({ ...rest, outbox, email: outbox.email, sms: outbox.sms });
}
