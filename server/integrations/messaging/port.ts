// The messaging port: what the rest of the app needs from an e-mail or SMS channel. Adapters
// (SMTP, the SMS gateway, the dev outbox) implement it; the Messenger adds the delivery record.

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
