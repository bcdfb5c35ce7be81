// E-mail over SMTP (nodemailer): `smtp://host:port` (STARTTLS when the server offers it) or
// `smtps://user:pass@host` (implicit TLS). One connection per message: our volume is low and
// a pool would hold sockets open between the occasional confirmation e-mails.
import nodemailer from "nodemailer";
import { DeliveryError, type EmailMessage, type EmailTransport } from "./port.js";

export interface SmtpOptions {
  url: string;
  from: string;
  /** Connect / greeting timeout; a request waits for delivery, so keep it short. */
  timeoutMs?: number;
}

export function smtpTransport(opts: SmtpOptions): EmailTransport {
  const timeout = opts.timeoutMs ?? 10_000;
  const transporter = nodemailer.createTransport({
    url: opts.url,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout * 2,
  });
  return {
    async send(m: EmailMessage) {
      try {
        await transporter.sendMail({ from: opts.from, to: m.to, subject: m.subject, text: m.text, html: m.html });
      } catch (err) {
        // 5xx replies (unknown mailbox, auth refused) will not change on a retry; 4xx and
        // network errors might.
        const code = (err as { responseCode?: number }).responseCode;
        throw new DeliveryError(`SMTP: ${(err as Error).message}`, code !== undefined && code >= 500, code);
      }
    },
  };
}
