// The mail server refuses connections, then comes back: the outbox retries and the letter
// arrives once, recorded SENT with the attempts it took.
import net from "node:net";
import { SMTPServer } from "smtp-server";
import { describe, expect, it } from "vitest";
import { withTestDatabase } from "../../test/db.js";
import { DevOutbox, Messenger } from "./index.js";
import { smtpTransport } from "./smtp.js";

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });

describe("SMTP down, then up", () => {
  const database = withTestDatabase();

  it("retries a refused letter and delivers it once when the server accepts again", async () => {
    const port = await freePort(); // nothing listens there yet: connections are refused
    const received: string[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      disableReverseLookup: true,
      logger: false,
      onData(stream, session, callback) {
        stream.resume();
        stream.on("end", () => {
          received.push(session.envelope.rcptTo.map((r) => r.address).join(","));
          callback();
        });
      },
    });
    const outbox = new DevOutbox({ log: null });
    const smtp = smtpTransport({ url: `smtp://127.0.0.1:${port}`, from: "noreply@kabinet.local", timeoutMs: 2_000 });
    // The server comes up only after an attempt was refused (a fixed wait misses it on a busy machine).
    let refused!: () => void;
    const firstRefusal = new Promise<void>((resolve) => (refused = resolve));
    const email = { send: (m: Parameters<typeof smtp.send>[0]) => smtp.send(m).catch((err: unknown) => (refused(), Promise.reject(err))) };
    const messenger = new Messenger({
      db: database.prisma,
      email,
      sms: outbox.sms,
      retry: { attempts: 6, baseDelayMs: 150, maxDelayMs: 400 },
      log: null,
    });
    const sending = messenger.sendEmail({ to: "back@example.com", subject: "Проверка", text: "Письмо после сбоя" }, { dedupeKey: "smtp-recovery" });
    await firstRefusal;
    await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
    try {
      await sending;
      const row = await database.prisma.outboundMessage.findFirstOrThrow({ where: { dedupeKey: "smtp-recovery" } });
      expect(row).toMatchObject({ status: "SENT", channel: "EMAIL" });
      expect(row.attempts).toBeGreaterThan(1);
      expect(received).toEqual(["back@example.com"]);
      // Asked again with the same key: nothing more goes out.
      await messenger.sendEmail({ to: "back@example.com", subject: "Проверка", text: "Письмо после сбоя" }, { dedupeKey: "smtp-recovery" });
      expect(received).toHaveLength(1);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }, 30_000);
});
