// The messaging port: what the rest of the app needs from an e-mail or SMS channel. Adapters
// (SMTP, the SMS gateway, Web Push, the dev outbox) implement it; the Messenger adds the delivery record.

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export interface SmsMessage {
  /** Federal number without "+": 7XXXXXXXXXX. */
  to: string;
  text: string;
}

export interface PushMessage {
  /** The subscription's push service URL and the browser's keys (base64url), as the browser gave them. */
  endpoint: string;
  keys: { p256dh: string; auth: string };
  title: string;
  body: string;
  /** Where a click on the notification opens the app. */
  url?: string;
  ttlSeconds?: number;
}

export interface PushTransport {
  /** The VAPID public key (base64url) browsers subscribe with (applicationServerKey). */
  publicKey: string;
  send(m: PushMessage): Promise<void>;
}

export interface EmailTransport {
  send(m: EmailMessage): Promise<void>;
}

export interface SmsTransport {
  send(m: SmsMessage): Promise<void>;
}

/** A transport failure; `permanent` ones (bad address, rejected token) are not retried. */
export class DeliveryError extends Error {
  override name = "DeliveryError";
  constructor(
    message: string,
    readonly permanent = false,
    readonly status?: number,
  ) {
    super(message);
  }
}
