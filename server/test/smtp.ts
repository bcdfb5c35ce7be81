// A real SMTP server on loopback for tests: accepts anything (no auth, no TLS), parses each
// message with mailparser. `waitFor(to)` hands out the messages to an address one by one, in
// the order they arrived, so a test can follow the link in "the next e-mail to X".
import type { AddressInfo } from "node:net";
import { simpleParser, type AddressObject, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface TestSmtp {
  /** `smtp://127.0.0.1:<port>` — pass as SMTP_URL. */
  url: string;
  /** Every message received, oldest first. */
  messages: ParsedMail[];
  waitFor(to: string, timeoutMs?: number): Promise<ParsedMail>;
  close(): Promise<void>;
}

export async function startTestSmtp(): Promise<TestSmtp> {
  const messages: ParsedMail[] = [];
  const taken = new Set<ParsedMail>();
  const listeners = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    disableReverseLookup: true,
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          messages.push(mail);
          for (const l of listeners) l();
          callback();
        },
        (err: Error) => callback(err),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;

  const recipients = (m: ParsedMail) => ([] as AddressObject[]).concat(m.to ?? []).flatMap((a) => a.value.map((v) => v.address?.toLowerCase()));

  function waitFor(to: string, timeoutMs = 5_000): Promise<ParsedMail> {
    const want = to.toLowerCase();
    return new Promise((resolve, reject) => {
      const check = () => {
        const mail = messages.find((m) => !taken.has(m) && recipients(m).includes(want));
        if (!mail) return false;
        taken.add(mail);
        done();
        resolve(mail);
        return true;
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`no e-mail to ${to} within ${timeoutMs} ms (received: ${messages.length})`));
      }, timeoutMs);
      const listener = () => void check();
      const done = () => {
        clearTimeout(timer);
        listeners.delete(listener);
      };
      listeners.add(listener);
      check();
    });
  }

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitFor,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
