// Development stand-in for SMTP and the SMS gateway: keeps the latest messages in memory
// (newest first, for GET /dev/outbox) and prints each one, so a person can register and
// follow the confirmation link on a fresh machine with no mail server.
import { log } from "../../shared/log.js";
import type { EmailMessage, EmailTransport, SmsMessage, SmsTransport } from "./port.js";

export interface OutboxEntry {
  id: number;
  channel: "EMAIL" | "SMS";
  to: string;
  subject?: string;
  text: string;
  html?: string;
  /** ISO time the message was handed over. */
  at: string;
}

export interface DevOutboxOptions {
  /** How many messages to keep; older ones drop off. */
  limit?: number;
  /** Where to print each message; null keeps tests quiet. */
  log?: ((text: string) => void) | null;
  now?: () => Date;
  /** Called with each message as it arrives (tests collecting what was sent). */
  onMessage?: (entry: OutboxEntry) => void;
}

export class DevOutbox {
  readonly email: EmailTransport = { send: async (m: EmailMessage) => this.record("EMAIL", m) };
  readonly sms: SmsTransport = { send: async (m: SmsMessage) => this.record("SMS", m) };
  private entries: OutboxEntry[] = [];
  private nextId = 1;
  private readonly limit: number;
  private readonly log: ((text: string) => void) | null;
  private readonly now: () => Date;
  private readonly onMessage?: (entry: OutboxEntry) => void;

  constructor(opts: DevOutboxOptions = {}) {
    this.onMessage = opts.onMessage;
    this.limit = opts.limit ?? 500;
    // Development only (createMessenger passes null elsewhere): the text holds addresses and codes.
    this.log = opts.log === undefined ? (t) => log.info(t) : opts.log;
    this.now = opts.now ?? (() => new Date());
  }

  /** Newest first; `to` matches the recipient ignoring case and surrounding spaces. */
  list(filter: { to?: string } = {}): OutboxEntry[] {
    const to = filter.to?.trim().toLowerCase();
    return to ? this.entries.filter((e) => e.to.toLowerCase() === to) : [...this.entries];
  }

  clear(): void {
    this.entries = [];
  }

  private record(channel: "EMAIL" | "SMS", m: EmailMessage | SmsMessage): void {
    const subject = "subject" in m ? { subject: m.subject } : {};
    const html = "html" in m && m.html ? { html: m.html } : {};
    const entry: OutboxEntry = { id: this.nextId++, channel, to: m.to, ...subject, text: m.text, ...html, at: this.now().toISOString() };
    this.entries.unshift(entry);
    if (this.entries.length > this.limit) this.entries.length = this.limit;
    this.log?.(formatEntry(entry));
    this.onMessage?.(entry);
  }
}

function formatEntry(e: OutboxEntry): string {
  const head = e.channel === "EMAIL" ? `✉  e-mail to ${e.to}: «${e.subject}»` : `✆  SMS to +${e.to}`;
  const rule = "─".repeat(72);
  return `\n${rule}\n[dev outbox] ${head}\n${rule}\n${e.text}\n${rule}\n`;
}
