// A loopback stand-in for a browser vendor's push service (HTTPS, a self-signed certificate only
// pushServiceAgent trusts) and a "browser" subscription with real keys, for the Web Push tests.
import crypto from "node:crypto";
import type http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { generate } from "selfsigned";

export type Received = { headers: http.IncomingHttpHeaders; body: Buffer; path: string };

// A self-signed certificate for 127.0.0.1 (push services are HTTPS; web-push posts only over
// HTTPS), made in-process so the tests need no openssl on the machine.
const pems = await generate([{ name: "commonName", value: "127.0.0.1" }], {
  keyType: "ec",
  curve: "P-256",
  algorithm: "sha256",
  notAfterDate: new Date(Date.now() + 24 * 3600_000),
  extensions: [{ name: "subjectAltName", altNames: [{ type: 7, ip: "127.0.0.1" }] }],
});
const tls = { key: pems.private, cert: pems.cert };
/** Trusts exactly the loopback push service's certificate, nothing else. */
export const pushServiceAgent = new https.Agent({ ca: tls.cert });

export async function startPushService(status = 201) {
  const received: Received[] = [];
  const server = https.createServer(tls, async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    received.push({ headers: req.headers, body: Buffer.concat(chunks), path: req.url ?? "" });
    res.writeHead(status).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, received, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** What a browser's PushManager.subscribe() holds: its ECDH key pair and auth secret. */
export function browserSubscription(origin: string) {
  const ecdh = crypto.createECDH("prime256v1");
  ecdh.generateKeys();
  const auth = crypto.randomBytes(16);
  return {
    ecdh,
    auth,
    endpoint: `${origin}/push/v2/${crypto.randomBytes(8).toString("hex")}`,
    keys: { p256dh: ecdh.getPublicKey().toString("base64url"), auth: auth.toString("base64url") },
  };
}
