// A loopback stand-in for a browser vendor's push service (HTTPS, a self-signed certificate only
// pushServiceAgent trusts) and a "browser" subscription with real keys, for the Web Push tests.
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import type http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";

export type Received = { headers: http.IncomingHttpHeaders; body: Buffer; path: string };

/** A self-signed certificate for 127.0.0.1 (push services are HTTPS; web-push posts only over HTTPS). */
function loopbackCertificate(): { key: string; cert: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kabinet-push-"));
  try {
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
        "-days",
        "1",
        "-subj",
        "/CN=127.0.0.1",
        "-addext",
        "subjectAltName=IP:127.0.0.1",
        "-keyout",
        path.join(dir, "key.pem"),
        "-out",
        path.join(dir, "cert.pem"),
      ],
      { stdio: "ignore" },
    );
    return { key: fs.readFileSync(path.join(dir, "key.pem"), "utf8"), cert: fs.readFileSync(path.join(dir, "cert.pem"), "utf8") };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
const tls = loopbackCertificate();
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
