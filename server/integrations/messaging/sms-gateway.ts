// SMS through an HTTP gateway, the usual shape of Russian SMS gateway APIs: a JSON POST of
// `{ to, text, sender }` with a bearer token, answered by 2xx and `{ id }`.
import { DeliveryError, type SmsMessage, type SmsTransport } from "./port.js";

export interface SmsGatewayOptions {
  url: string;
  token: string;
  /** The alpha-name registered with the gateway. */
  sender?: string;
  timeoutMs?: number;
}

export function smsGatewayTransport(opts: SmsGatewayOptions): SmsTransport {
  const timeoutMs = opts.timeoutMs ?? 10_000;
  return {
    async send(m: SmsMessage) {
      let res: Response;
      try {
        res = await fetch(opts.url, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${opts.token}` },
          body: JSON.stringify({ to: m.to, text: m.text, sender: opts.sender ?? "kabinet" }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (err) {
        const e = err as Error;
        throw new DeliveryError(e.name === "TimeoutError" ? `SMS gateway: no answer in ${timeoutMs} ms` : `SMS gateway: ${e.message}`);
      }
      const body = await res.text();
      if (!res.ok) {
        // 4xx means the request itself is wrong (number, token); only 408/429 are worth a retry.
        const permanent = res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429;
        throw new DeliveryError(`SMS gateway: HTTP ${res.status} ${body.slice(0, 200)}`.trim(), permanent, res.status);
      }
      let id: unknown;
      try {
        id = (JSON.parse(body) as { id?: unknown }).id;
      } catch {
        id = undefined;
      }
      if (id === undefined || id === null || id === "") {
        // Not retried: the gateway may have taken the message, and a retry could send it twice.
        throw new DeliveryError(`SMS gateway: HTTP ${res.status} without a message id: ${body.slice(0, 200)}`, true, res.status);
      }
    },
  };
}
