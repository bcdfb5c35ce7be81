// The Messenger: every e-mail and SMS gets an OutboundMessage row (PENDING → SENT | FAILED),
// is tried a few times with exponential backoff, and a failure is recorded and returned —
// a request that sends a message does not fail because a mail server is down.
import type { MessageChannel, MessageStatus, PrismaClient } from "../../db/generated/prisma/client.js";
import { systemClock, type Clock } from "../../shared/clock.js";
import type { DevOutbox } from "./dev-outbox.js";
import { DeliveryError, type EmailMessage, type EmailTransport, type SmsMessage, type SmsTransport } from "./port.js";

export interface RetryPolicy {
  attempts: number;
  /** Delay before the 2nd attempt; doubled for each next one, capped at maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export interface MessengerOptions {
  db: PrismaClient;
  email: EmailTransport;
  sms: SmsTransport;
  /** Set when a channel goes to the dev outbox (GET /dev/outbox reads it). */
  outbox?: DevOutbox;
  retry?: Partial<RetryPolicy>;
  clock?: Clock;
  /** Where failures are reported; null keeps tests quiet. */
  log?: ((text: string) => void) | null;
}

export interface SendOptions {
  userId?: number;
  /** At most one message per key; repeating a key sends nothing (a FAILED one is tried again). */
  dedupeKey?: string;
  /** Secrets (codes, link tokens) masked in the stored copy; the recipient gets the real text. */
  redact?: string[];
  /** Throw MessageNotSentError instead of returning status FAILED. */
  throwOnFailure?: boolean;
}

export interface SendResult {
  id: number;
  status: MessageStatus;
  /** The dedupe key was already used: nothing was sent now; `status` is the earlier message's. */
  duplicate?: true;
}

export class MessageNotSentError extends Error {
  override name = "MessageNotSentError";
  constructor(
    readonly messageId: number,
    readonly lastError: string,
  ) {
    super(`message ${messageId} not sent: ${lastError}`);
  }
}

const PHONE = /^7\d{10}$/;

export class Messenger {
  readonly outbox?: DevOutbox;
  private readonly retry: RetryPolicy;
  private readonly clock: Clock;
  private readonly log: ((text: string) => void) | null;

  constructor(private readonly opts: MessengerOptions) {
    this.outbox = opts.outbox;
    this.retry = { attempts: 3, baseDelayMs: 500, maxDelayMs: 5_000, ...opts.retry };
    this.clock = opts.clock ?? systemClock;
    this.log = opts.log === undefined ? (t) => console.warn(t) : opts.log;
  }

  sendEmail(msg: EmailMessage, o: SendOptions = {}): Promise<SendResult> {
    return this.deliver({ channel: "EMAIL", recipient: msg.to, subject: msg.subject, body: msg.text }, () => this.opts.email.send(msg), o);
  }

  sendSms(msg: SmsMessage, o: SendOptions = {}): Promise<SendResult> {
    const send = PHONE.test(msg.to)
      ? () => this.opts.sms.send(msg)
      : async () => {
          throw new DeliveryError(`not a federal number 7XXXXXXXXXX: ${msg.to}`, true);
        };
    return this.deliver({ channel: "SMS", recipient: msg.to, subject: null, body: msg.text }, send, o);
  }

  private async deliver(
    m: { channel: MessageChannel; recipient: string; subject: string | null; body: string },
    send: () => Promise<void>,
    o: SendOptions,
  ): Promise<SendResult> {
    const body = (o.redact ?? []).filter(Boolean).reduce((text, secret) => text.replaceAll(secret, "•••"), m.body);
    const claim = await this.claim({ ...m, body }, o);
    if ("duplicate" in claim) return claim;
    const db = this.opts.db;
    const id = claim.id;
    for (let attempt = 1; ; attempt++) {
      try {
        await send();
        await db.outboundMessage.update({ where: { id }, data: { status: "SENT", sentAt: this.clock.now(), attempts: { increment: 1 } } });
        return { id, status: "SENT" };
      } catch (err) {
        const lastError = (err instanceof Error ? err.message : String(err)).slice(0, 1000);
        const final = attempt >= this.retry.attempts || (err instanceof DeliveryError && err.permanent);
        await db.outboundMessage.update({
          where: { id },
          data: { attempts: { increment: 1 }, lastError, ...(final ? { status: "FAILED" as const } : {}) },
        });
        if (final) {
          this.log?.(`[messenger] ${m.channel} #${id} to ${m.recipient} failed after ${attempt} attempt(s): ${lastError}`);
          if (o.throwOnFailure) throw new MessageNotSentError(id, lastError);
          return { id, status: "FAILED" };
        }
        await sleep(Math.min(this.retry.baseDelayMs * 2 ** (attempt - 1), this.retry.maxDelayMs));
      }
    }
  }

  /** Writes the PENDING row, or finds the one holding the dedupe key. */
  private async claim(
    m: { channel: MessageChannel; recipient: string; subject: string | null; body: string },
    o: SendOptions,
  ): Promise<{ id: number } | (SendResult & { duplicate: true })> {
    const db = this.opts.db;
    const data = { ...m, userId: o.userId ?? null, dedupeKey: o.dedupeKey ?? null, createdAt: this.clock.now() };
    if (!o.dedupeKey) return db.outboundMessage.create({ data, select: { id: true } });
    // ON CONFLICT DO NOTHING: the PGlite adapter does not map unique violations to P2002,
    // and a count tells the loser of a race it lost without an error anyway.
    const { count } = await db.outboundMessage.createMany({ data: [data], skipDuplicates: true });
    const row = await db.outboundMessage.findUniqueOrThrow({ where: { dedupeKey: o.dedupeKey }, select: { id: true, status: true } });
    if (count === 1) return { id: row.id };
    // A FAILED message was never delivered: claim it (atomically) for another round.
    const retake = await db.outboundMessage.updateMany({ where: { id: row.id, status: "FAILED" }, data: { status: "PENDING" } });
    if (retake.count === 1) return { id: row.id };
    return { id: row.id, status: row.status === "FAILED" ? "PENDING" : row.status, duplicate: true };
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
