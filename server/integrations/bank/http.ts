// HTTP side of the bank: POST /bank/webhook/<provider> (signature checked over the raw body,
// then handed to the payments domain) and, with the sandbox, its pages under /sandbox-bank/.
import type { IncomingMessage, ServerResponse } from "node:http";
import { BodyTooLargeError, readBody } from "./http-body.js";
import { RejectedBankEvent, type BankEvent, type BankPort } from "./port.js";
import { SANDBOX_PATH, type SandboxBank } from "./sandbox/bank.js";
import { sandboxPagesHandler } from "./sandbox/http.js";
import { log as logger } from "../../shared/log.js";

export const WEBHOOK_PATH = "/bank/webhook/";
const WEBHOOK_LIMIT = 64 * 1024;

export type BankEventHandler = (event: BankEvent) => Promise<unknown>;

export interface WebhookAnswer {
  status: number;
  body: string;
}

/**
 * One webhook delivery: 401 when the signature is not the bank's, 200 once the event is
 * recorded (a repeat is recorded already: also 200), 400 when the handler finds it can never be
 * applied (RejectedBankEvent), 500 when it could not be — the bank retries.
 */
export async function receiveWebhook(
  bank: BankPort,
  onEvent: BankEventHandler,
  provider: string,
  rawBody: Buffer,
  headers: Record<string, string | undefined>,
  log: ((text: string) => void) | null = (t) => logger.error(t),
): Promise<WebhookAnswer> {
  if (provider !== bank.provider) return { status: 404, body: "unknown provider" };
  const event = bank.verifyWebhook(rawBody, headers);
  if (!event) return { status: 401, body: "invalid signature" };
  try {
    await onEvent(event);
    return { status: 200, body: "ok" };
  } catch (err) {
    if (err instanceof RejectedBankEvent) {
      log?.(`[bank] webhook ${event.eventId} for order ${event.bankOrderId} refused: ${err.message}`);
      return { status: 400, body: "bad event" };
    }
    log?.(`[bank] webhook ${event.eventId} for order ${event.bankOrderId} failed: ${(err as Error).stack ?? err}`);
    return { status: 500, body: "not processed" };
  }
}

export interface BankRoutesOptions {
  bank: BankPort;
  sandbox?: SandboxBank;
  onEvent: BankEventHandler;
  log?: ((text: string) => void) | null;
}

/** The `bank` handler of startHttpServer: answers paths it owns, returns false for others. */
export function bankRoutes(opts: BankRoutesOptions) {
  const pages = opts.sandbox ? sandboxPagesHandler(opts.sandbox) : null;
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (pages && (path === SANDBOX_PATH || path.startsWith(`${SANDBOX_PATH}/`))) {
      await pages(req, res);
      return true;
    }
    if (!path.startsWith(WEBHOOK_PATH)) return false;
    if (req.method !== "POST") {
      res.writeHead(405, { allow: "POST", "content-type": "text/plain" }).end("method not allowed");
      return true;
    }
    let raw: Buffer;
    try {
      raw = await readBody(req, WEBHOOK_LIMIT);
    } catch (err) {
      // The answer goes out first; the rest of the body is not read: the connection closes after.
      const tooLarge = err instanceof BodyTooLargeError;
      res.writeHead(tooLarge ? 413 : 400, { "content-type": "text/plain", connection: "close" });
      res.end(tooLarge ? "body too large" : "bad body", () => req.destroy());
      return true;
    }
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(",") : v]));
    const answer = await receiveWebhook(opts.bank, opts.onEvent, decodeURIComponent(path.slice(WEBHOOK_PATH.length)), raw, headers, opts.log);
    res.writeHead(answer.status, { "content-type": "text/plain; charset=utf-8" }).end(answer.body);
    return true;
  };
}
