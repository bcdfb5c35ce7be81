// The webhook route over a real socket: an oversized body gets a written 413 (not a dropped
// connection), a signed event naming an order id out of range gets 400, and nothing is recorded.
import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { applyBankEvent } from "../../domains/payments/settle.js";
import { startHttpServer, type RunningServer } from "../../http/server.js";
import { withTestApp } from "../../test/app.js";
import { testDatabases } from "../../test/db.js";
import { bankRoutes } from "./http.js";
import { hmacHex } from "./signature.js";

/** Sends raw bytes, then returns everything the server wrote before it closed the connection. */
function exchange(port: number, head: string, body: Buffer | null, opts: { chunked?: boolean } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    let answer = "";
    socket.setEncoding("latin1");
    socket.on("data", (d) => (answer += d));
    socket.on("error", (err) => (answer ? resolve(answer) : reject(err))); // a reset after the answer is fine
    socket.on("close", () => resolve(answer));
    socket.write(head);
    if (!body) return;
    // Write in pieces the way a client streams a large body; stop once the server answered.
    let offset = 0;
    const pump = () => {
      while (offset < body.length && !answer) {
        const piece = body.subarray(offset, offset + 16_384);
        offset += piece.length;
        const chunk = opts.chunked ? Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from("\r\n")]) : piece;
        if (!socket.write(chunk)) return void socket.once("drain", pump);
      }
      if (opts.chunked && !answer) socket.write("0\r\n\r\n");
    };
    pump();
  });
}

describe.each(testDatabases())("bank webhook limits on $name", (backend) => {
  let server: RunningServer;
  let port: number;

  const t = withTestApp({
    backend,
    seed: async () => {
      server = await startHttpServer(t.app, {
        port: 0,
        host: "127.0.0.1",
        clientDir: "/nonexistent",
        health: {},
        bank: bankRoutes({ bank: t.deps.bank!, onEvent: (e) => applyBankEvent(t.deps, e), log: null }),
      });
      port = server.port;
    },
  });
  const { database } = t;
  afterAll(async () => {
    await server?.close();
  });

  const post = (headers: string) => `POST /bank/webhook/sandbox HTTP/1.1\r\nHost: x\r\n${headers}\r\n`;

  it("answers 413 to a body over 64 KB, declared or streamed, and records nothing", async () => {
    const big = Buffer.alloc(200_000, "a");
    const declared = await exchange(port, post(`Content-Type: application/json\r\nContent-Length: ${big.length}\r\n`), big);
    expect(declared).toMatch(/^HTTP\/1\.1 413 /);
    expect(declared).toContain("body too large");
    const chunked = await exchange(port, post("Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n"), big, { chunked: true });
    expect(chunked).toMatch(/^HTTP\/1\.1 413 /);
    expect(await database.prisma.bankEvent.count()).toBe(0);
  });

  it("answers 400 to a signed event whose merchantOrderId is out of range", async () => {
    const body = JSON.stringify({
      id: "evt-range",
      orderId: "ord-x",
      merchantOrderId: "kab-9999999999",
      status: "SUCCEEDED",
      amountKopecks: 1000,
      currency: "RUB",
      failureReason: null,
      card: null,
      createdAt: "2026-11-24T07:00:00.000Z",
    });
    const signature = `sha256=${hmacHex(t.config.bank.webhookSecret, body)}`;
    const res = await fetch(`http://127.0.0.1:${port}/bank/webhook/sandbox`, {
      method: "POST",
      body,
      headers: { "content-type": "application/json", "x-sandbox-signature": signature },
    });
    expect(res.status).toBe(400);
    expect(await database.prisma.bankEvent.count()).toBe(0);
    // The same event for an order of ours that is simply unknown is recorded and acknowledged.
    const known = body.replace("kab-9999999999", "kab-2147483647").replace("evt-range", "evt-unknown");
    const ok = await fetch(`http://127.0.0.1:${port}/bank/webhook/sandbox`, {
      method: "POST",
      body: known,
      headers: { "content-type": "application/json", "x-sandbox-signature": `sha256=${hmacHex(t.config.bank.webhookSecret, known)}` },
    });
    expect(ok.status).toBe(200);
  });
});
