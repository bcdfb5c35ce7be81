// The Messenger: every e-mail, SMS and Web Push message gets an OutboundMessage row (PENDING → SENT | FAILED),
// is tried a few times with exponential backoff, and a failure is recorded and returned —
// a request that sends a message does not fail because a mail server is down.
import type { MessageChannel, MessageStatus, PrismaClient } from "../../db/generated/prisma/client.js";
import { systemClock, type Clock } from "../../shared/clock.js";
import { log, scrubContacts } from "../../shared/log.js";
import type { DevOutbox } from "./dev-outbox.js";
import { DeliveryError, type EmailMessage, type EmailTransport, type PushMessage, type PushTransport, type SmsMessage, type SmsTransport } from "./port.js";

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
  /** Web Push (web-push.ts); absent when push is switched off (WEB_PUSH=false). */
  push?: PushTransport;
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

/** An OutboundMessage row already written as PENDING, to be sent by deliverRecorded. */
export interface RecordedMessage {
  id: number;
  channel: MessageChannel;
  recipient: string;
  subject: string | null;
  body: string;
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
    this.log = opts.log === undefined ? (t) => log.warn(t) : opts.log;
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

  /** The VAPID public key browsers subscribe with; null when Web Push is switched off. */
  get pushPublicKey(): string | null {
    return this.opts.push?.publicKey ?? null;
  }

  /**
   * A Web Push message to one subscription. The outbox keeps which subscription it went to
   * (`push:<id>`), not the endpoint: that URL is a capability anyone could post to.
   */
  sendPush(subscriptionId: number, msg: PushMessage, o: SendOptions = {}): Promise<SendResult> {
    const push = this.opts.push;
    const send = push
      ? () => push.send(msg)
      : async () => {
          throw new DeliveryError("Web Push is switched off (WEB_PUSH=false)", true);
        };
    return this.deliver({ channel: "PUSH", recipient: `push:${subscriptionId}`, subject: msg.title, body: msg.body }, send, o);
  }

  /**
   * Delivers messages a job has already recorded as PENDING rows (inserted in bulk with
   * INSERT … ON CONFLICT (dedupeKey) DO NOTHING RETURNING — the insert is the claim, so of two
   * runs only one holds each row). `concurrency` at a time, each with the retry policy above;
   * outcomes are written in batches, not one UPDATE per message.
   */
  async deliverRecorded(messages: RecordedMessage[], opts: { concurrency?: number; batchSize?: number } = {}): Promise<{ sent: number; failed: number }> {
    const db = this.opts.db;
    const batchSize = opts.batchSize ?? 2_000;
    let sentIds = new Map<number, number[]>(); // attempts it took → ids
    let unflushed = 0;
    let sent = 0;
    let failed = 0;
    const flush = async () => {
      const groups = sentIds;
      sentIds = new Map();
      unflushed = 0;
      for (const [attempts, ids] of groups) {
        await db.outboundMessage.updateMany({
          where: { id: { in: ids } },
          data: { status: "SENT", sentAt: this.clock.now(), attempts: { increment: attempts } },
        });
      }
    };
    let next = 0;
    const worker = async () => {
      while (next < messages.length) {
        const m = messages[next++]!;
        const send =
          m.channel === "PUSH"
            ? async () => {
                // Its keys are not in the row: a push message is sent at once by sendPush or not at all.
                throw new DeliveryError("a Web Push message is not sent from its stored copy", true);
              }
            : m.channel === "EMAIL"
              ? () => this.opts.email.send({ to: m.recipient, subject: m.subject ?? "", text: m.body })
              : PHONE.test(m.recipient)
                ? () => this.opts.sms.send({ to: m.recipient, text: m.body })
                : async () => {
                    throw new DeliveryError(`not a federal number 7XXXXXXXXXX: ${m.recipient}`, true);
                  };
        const outcome = await this.tryDelivery(send);
        if (outcome.ok) {
          sent += 1;
          const ids = sentIds.get(outcome.attempts);
          if (ids) ids.push(m.id);
          else sentIds.set(outcome.attempts, [m.id]);
          if (++unflushed >= batchSize) await flush();
        } else {
          failed += 1;
          this.log?.(`[messenger] ${m.channel} #${m.id} failed after ${outcome.attempts} attempt(s): ${scrubContacts(outcome.lastError)}`);
          await db.outboundMessage.update({
            where: { id: m.id },
            data: { status: "FAILED", attempts: { increment: outcome.attempts }, lastError: outcome.lastError },
          });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 8) }, worker));
    await flush();
    return { sent, failed };
  }

  /**
   * Messages left PENDING by a process that stopped before sending them (a replica killed in
   * the middle of a reminder run): sent now while still timely, else marked FAILED — a
   * reminder days late misleads more than none. A job runs this on one replica per fire; a
   * message is taken only when older than any live run keeps one pending (`olderThanMs`).
   */
  async deliverStranded(o: { olderThanMs?: number; giveUpAfterMs?: number; limit?: number } = {}): Promise<{ sent: number; failed: number; expired: number }> {
    const db = this.opts.db;
    const now = this.clock.now().getTime();
    const { count: expired } = await db.outboundMessage.updateMany({
      where: { status: "PENDING", createdAt: { lt: new Date(now - (o.giveUpAfterMs ?? 48 * 3600_000)) } },
      data: { status: "FAILED", lastError: "stranded: its process stopped before sending, and it is too late now" },
    });
    const stranded = await db.outboundMessage.findMany({
      where: { status: "PENDING", createdAt: { lt: new Date(now - (o.olderThanMs ?? 15 * 60_000)) } },
      orderBy: { id: "asc" },
      take: o.limit ?? 10_000,
      select: { id: true, channel: true, recipient: true, subject: true, body: true },
    });
    return { ...(await this.deliverRecorded(stranded)), expired };
  }

  /** Tries `send` with the retry policy; no database writes. */
  private async tryDelivery(send: () => Promise<void>): Promise<{ ok: true; attempts: number } | { ok: false; attempts: number; lastError: string }> {
    for (let attempt = 1; ; attempt++) {
      try {
        await send();
        return { ok: true, attempts: attempt };
      } catch (err) {
        const lastError = (err instanceof Error ? err.message : String(err)).slice(0, 1000);
        if (attempt >= this.retry.attempts || (err instanceof DeliveryError && err.permanent)) return { ok: false, attempts: attempt, lastError };
        await sleep(Math.min(this.retry.baseDelayMs * 2 ** (attempt - 1), this.retry.maxDelayMs));
      }
    }
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
          this.log?.(`[messenger] ${m.channel} #${id} failed after ${attempt} attempt(s): ${scrubContacts(lastError)}`);
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
