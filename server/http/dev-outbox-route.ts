// GET /dev/outbox[?to=<address>]: the dev outbox's messages as JSON, newest first — for a
// person registering without a mail server and for browser tests following a link.
// Never mounted in production, whatever the messenger is built from.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Config } from "../config.js";
import type { DevOutbox } from "../integrations/messaging/dev-outbox.js";

export const DEV_OUTBOX_PATH = "/dev/outbox";

/** The outbox to expose, or undefined when there is none or we run in production. */
export function devOutboxToMount(env: Config["env"], messenger: { outbox?: DevOutbox }): DevOutbox | undefined {
  return env === "production" ? undefined : messenger.outbox;
}

export function devOutboxHandler(outbox: DevOutbox) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" }).end("Method Not Allowed");
      return;
    }
    const to = new URL(req.url ?? "/", "http://x").searchParams.get("to") ?? undefined;
    res.writeHead(200, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
    res.end(req.method === "HEAD" ? undefined : JSON.stringify(outbox.list({ to })));
  };
}
