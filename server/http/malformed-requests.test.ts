// Request-level isolation, attacked over raw sockets: the real server (server/main.ts) in a child
// process gets a corpus of malformed HTTP requests and WebSocket traffic. Each gets a 4xx (or the
// connection closed), never a 5xx or a stack trace, and afterwards the same process still answers
// /health and a signed-in home query.
import crypto from "node:crypto";
import net from "node:net";
import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HomeAccountDocument } from "../../client/src/gql/graphql.js";
import { DEMO, gql, startServer, type RunningServer } from "../../client/e2e/support.js";

type Case = {
  name: string;
  bytes: Buffer | string;
  /** "4xx": must be refused; "no5xx": a valid-enough request that may be served; "ws": upgraded, then closed by the server */
  expect: "4xx" | "no5xx" | "ws";
  keepOpen?: boolean;
};

const PREFIXES = [
  "/",
  "/graphql",
  "/documents/invoice.html",
  "/documents/charges.pdf",
  "/files/appeals/1/a.pdf",
  "/bank/webhook/sandbox",
  "/sandbox-bank",
  "/sandbox-bank/pay/x",
  "/dev/outbox",
  "/health",
  "/assets/x.js",
  "/login",
  "/test-hooks/jobs",
];
const BAD_PATHS = ["%", "%E0%A4%A", "%ZZ", "%C0%AF", "%FF%FE%FD", "%ED%A0%80", "a%"];
const req = (method: string, target: string, headers: string[] = [], body = "") =>
  `${method} ${target} HTTP/1.1\r\nHost: localhost\r\n${headers.map((h) => `${h}\r\n`).join("")}\r\n${body}`;

function corpus(): Case[] {
  const cases: Case[] = [];
  // Broken percent-escapes in the path of every route prefix.
  for (const prefix of PREFIXES)
    for (const bad of BAD_PATHS) cases.push({ name: `escape ${prefix} ${bad}`, bytes: req("GET", `${prefix.replace(/\/$/, "")}/${bad}`), expect: "4xx" });
  // Broken escapes in the query, absurd and protocol-relative targets: served or refused, never a failure.
  for (const prefix of PREFIXES) {
    cases.push({ name: `query ${prefix}`, bytes: req("GET", `${prefix}?token=%E0%A4%A&x=%ZZ`), expect: "no5xx" });
    cases.push({ name: `double slash ${prefix}`, bytes: req("GET", `//${prefix}`), expect: "no5xx" });
    cases.push({ name: `long url ${prefix}`, bytes: req("GET", `${prefix}${"a".repeat(20_000)}`), expect: "4xx" });
    cases.push({ name: `dot segments ${prefix}`, bytes: req("GET", `${prefix}/..%2F..%2F..%2Fetc%2Fpasswd`), expect: "no5xx" });
    cases.push({ name: `absolute-form ${prefix}`, bytes: req("GET", `http://evil.example${prefix}`), expect: "4xx" });
    cases.push({ name: `odd method ${prefix}`, bytes: req("PROPFIND", prefix), expect: "no5xx" });
    cases.push({ name: `DELETE ${prefix}`, bytes: req("DELETE", prefix, ["Content-Length: 0"]), expect: "no5xx" });
    cases.push({ name: `bad content-length ${prefix}`, bytes: req("POST", prefix, ["Content-Length: abc"], "x"), expect: "4xx" });
    cases.push({ name: `two content-lengths ${prefix}`, bytes: req("POST", prefix, ["Content-Length: 1", "Content-Length: 5"], "x"), expect: "4xx" });
    cases.push({
      name: `short body ${prefix}`,
      bytes: req("POST", prefix, ["Content-Type: application/json", "Content-Length: 1000"], '{"query":'),
      expect: "no5xx",
    });
    cases.push({
      name: `truncated chunked ${prefix}`,
      bytes: req("POST", prefix, ["Content-Type: application/json", "Transfer-Encoding: chunked"], '20\r\n{"query":"{ __typename'),
      expect: "no5xx",
    });
    cases.push({
      name: `bad chunk size ${prefix}`,
      bytes: req("POST", prefix, ["Transfer-Encoding: chunked"], "zz\r\nabc\r\n0\r\n\r\n"),
      expect: prefix === "/graphql" ? "4xx" : "no5xx",
    }); // a page may answer before the body is read
    cases.push({ name: `CL and TE ${prefix}`, bytes: req("POST", prefix, ["Content-Length: 4", "Transfer-Encoding: chunked"], "0\r\n\r\n"), expect: "4xx" });
    cases.push({ name: `huge header ${prefix}`, bytes: req("GET", prefix, [`X-Big: ${"b".repeat(20_000)}`]), expect: "4xx" });
    cases.push({ name: `NUL in header ${prefix}`, bytes: req("GET", prefix, ["X-A: a\u0000b"]), expect: "4xx" });
    cases.push({ name: `header injection ${prefix}`, bytes: `GET ${prefix} HTTP/1.1\r\nHost: localhost\rX-Injected: 1\r\n\r\n`, expect: "4xx" });
  }
  const methods = ["FOO", "G\u0000T", "get", "GET\t", "\u0001\u0002", "CONNECT", "PRI"];
  for (const m of methods) cases.push({ name: `method ${JSON.stringify(m)}`, bytes: `${m} / HTTP/1.1\r\nHost: localhost\r\n\r\n`, expect: "4xx" });
  cases.push(
    { name: "HTTP/0.9", bytes: "GET /\r\n\r\n", expect: "4xx" },
    { name: "HTTP/9.9", bytes: "GET / HTTP/9.9\r\nHost: localhost\r\n\r\n", expect: "4xx" },
    { name: "no Host", bytes: "GET / HTTP/1.1\r\n\r\n", expect: "4xx" },
    { name: "NUL in path", bytes: "GET /a\u0000b HTTP/1.1\r\nHost: localhost\r\n\r\n", expect: "4xx" },
    { name: "space in path", bytes: "GET /a b HTTP/1.1\r\nHost: localhost\r\n\r\n", expect: "4xx" },
    {
      name: "3000 headers",
      bytes: req(
        "GET",
        "/",
        Array.from({ length: 3000 }, (_, i) => `X-H${i}: v`),
      ),
      expect: "4xx",
    },
    { name: "header name with space", bytes: req("GET", "/", ["Bad Header: x"]), expect: "4xx" },
    { name: "obs-fold", bytes: req("GET", "/", ["X-A: a", " folded"]), expect: "4xx" },
    {
      name: "chunk extension flood",
      bytes: req("POST", "/graphql", ["Transfer-Encoding: chunked"], `1;${"e".repeat(20_000)}\r\na\r\n0\r\n\r\n`),
      expect: "4xx",
    },
    { name: "negative content-length", bytes: req("POST", "/graphql", ["Content-Length: -1"]), expect: "4xx" },
    { name: "overflowing content-length", bytes: req("POST", "/graphql", ["Content-Length: 99999999999999999999999"]), expect: "4xx" },
    { name: "pipelined garbage", bytes: `${req("GET", "/health")}\u0000\u0001\u0002garbage\r\n\r\n`, expect: "no5xx" },
    { name: "pipelined bad escape", bytes: `${req("GET", "/health")}${req("GET", "/%E0%A4%A")}`, expect: "no5xx" },
    { name: "random bytes", bytes: crypto.randomBytes(4096), expect: "4xx" },
    { name: "TLS hello", bytes: Buffer.from("16030100a5010000a10303", "hex"), expect: "4xx" },
    { name: "graphql GET bad json", bytes: req("GET", "/graphql?query=%7B&variables=%7Bnope"), expect: "no5xx" }, // 200 with errors for application/json
    { name: "graphql POST not json", bytes: req("POST", "/graphql", ["Content-Type: application/json", "Content-Length: 5"], "{nope"), expect: "4xx" },
    {
      name: "graphql deep variables",
      bytes: (() => {
        const b = JSON.stringify({ query: "query($v: String){ __typename }", variables: { v: "[".repeat(5000) } });
        return req("POST", "/graphql", ["Content-Type: application/json", `Content-Length: ${Buffer.byteLength(b)}`], b);
      })(),
      expect: "no5xx",
    },
    {
      name: "webhook garbage",
      bytes: req("POST", "/bank/webhook/sandbox", ["Content-Type: application/json", "Content-Length: 7"], "\u0000\u0001{]]]"),
      expect: "4xx",
    },
    {
      name: "sandbox form garbage",
      bytes: req("POST", "/sandbox-bank/pay/x", ["Content-Type: application/x-www-form-urlencoded", "Content-Length: 9"], "%%%=%E0%A"),
      expect: "4xx",
    },
  );
  // WebSocket: refused handshakes get an HTTP 4xx; garbage after a real upgrade closes that socket only.
  const key = () => crypto.randomBytes(16).toString("base64");
  const upgrade = (path: string, extra: string[] = [], protocol = "graphql-transport-ws") =>
    req("GET", path, [
      "Connection: Upgrade",
      "Upgrade: websocket",
      "Sec-WebSocket-Version: 13",
      `Sec-WebSocket-Key: ${key()}`,
      ...(protocol ? [`Sec-WebSocket-Protocol: ${protocol}`] : []),
      ...extra,
    ]);
  cases.push(
    {
      name: "ws no key",
      bytes: req("GET", "/graphql", ["Connection: Upgrade", "Upgrade: websocket", "Sec-WebSocket-Version: 13", "Sec-WebSocket-Protocol: graphql-transport-ws"]),
      expect: "4xx",
    },
    { name: "ws bad version", bytes: upgrade("/graphql", ["Sec-WebSocket-Version: 7"]).replace("Sec-WebSocket-Version: 13\r\n", ""), expect: "4xx" },
    { name: "ws bad key", bytes: upgrade("/graphql").replace(/Sec-WebSocket-Key: \S+/, "Sec-WebSocket-Key: short"), expect: "4xx" },
    { name: "ws wrong subprotocol", bytes: upgrade("/graphql", [], "graphql-ws"), expect: "4xx" },
    { name: "ws no subprotocol", bytes: upgrade("/graphql", [], ""), expect: "4xx" },
    { name: "ws other path", bytes: upgrade("/health"), expect: "4xx" },
    { name: "ws bad escape path", bytes: upgrade("/graphql%E0%A4%A"), expect: "4xx" },
    { name: "ws POST upgrade", bytes: upgrade("/graphql").replace(/^GET/, "POST"), expect: "4xx" },
    { name: "ws not websocket", bytes: req("GET", "/graphql", ["Connection: Upgrade", "Upgrade: h2c"]), expect: "4xx" },
  );
  const frame = (opcode: number, payload: Buffer, { mask = true, fin = true, rsv = 0 } = {}) => {
    const head = [(fin ? 0x80 : 0) | rsv | opcode];
    const len = payload.length;
    if (len < 126) head.push((mask ? 0x80 : 0) | len);
    else head.push((mask ? 0x80 : 0) | 126, len >> 8, len & 255);
    const maskKey = mask ? crypto.randomBytes(4) : Buffer.alloc(0);
    const body = mask ? Buffer.from(payload.map((b, i) => b ^ maskKey[i % 4]!)) : payload;
    return Buffer.concat([Buffer.from(head), maskKey, body]);
  };
  const text = (s: string) => frame(0x1, Buffer.from(s));
  const ws = (name: string, after: Buffer) =>
    cases.push({ name: `ws ${name}`, bytes: Buffer.concat([Buffer.from(upgrade("/graphql")), after]), expect: "ws", keepOpen: true });
  ws("random bytes", crypto.randomBytes(512));
  ws("unmasked frame", frame(0x1, Buffer.from("{}"), { mask: false }));
  ws("reserved opcode", frame(0x3, Buffer.from("x")));
  ws("rsv bits", frame(0x1, Buffer.from("x"), { rsv: 0x40 }));
  ws("invalid utf-8", frame(0x1, Buffer.from([0xff, 0xfe, 0xfd])));
  ws("bad close code", frame(0x8, Buffer.from([0x03, 0xe7])));
  ws("fragmented control", frame(0x9, Buffer.from("x"), { fin: false }));
  ws("oversized length", Buffer.from([0x81, 0xff, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 1, 2, 3, 4]));
  ws("not json", text("{nope"));
  ws("subscribe before init", text(JSON.stringify({ id: "1", type: "subscribe", payload: { query: "subscription { notificationAdded { title } }" } })));
  ws("unknown message", text(JSON.stringify({ type: "bogus" })));
  ws(
    "init with junk payload",
    Buffer.concat([
      text(JSON.stringify({ type: "connection_init", payload: { authorization: "Bearer \u0000garbage" } })),
      text(JSON.stringify({ id: 1, type: "subscribe", payload: null })),
    ]),
  );
  ws(
    "init then bad query",
    Buffer.concat([
      text(JSON.stringify({ type: "connection_init" })),
      text(JSON.stringify({ id: "1", type: "subscribe", payload: { query: "subscription {{{" } })),
      crypto.randomBytes(64),
    ]),
  );
  ws("init twice", Buffer.concat([text(JSON.stringify({ type: "connection_init" })), text(JSON.stringify({ type: "connection_init" }))]));
  return cases;
}

/** Sends one case on its own connection; resolves with what came back until the server closed it (or 5 s). */
function send(port: number, c: Case): Promise<{ reply: string; closedByServer: boolean }> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    let closedByServer = false;
    const timer = setTimeout(() => socket.destroy(), 5_000);
    socket.on("data", (d) => chunks.push(d));
    socket.on("error", () => {});
    socket.on("end", () => void (closedByServer = true));
    socket.on("close", () => {
      clearTimeout(timer);
      resolve({ reply: Buffer.concat(chunks).toString("latin1"), closedByServer: closedByServer || chunks.length > 0 });
    });
    socket.write(c.bytes, () => {
      if (!c.keepOpen) socket.end();
    });
  });
}

describe("malformed requests and WebSocket traffic", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });

  it("answers each with a 4xx (or closes it), and the process keeps serving", async () => {
    const port = Number(new URL(server.url).port);
    const cases = corpus();
    expect(cases.length).toBeGreaterThanOrEqual(200);
    const failures: string[] = [];
    for (let i = 0; i < cases.length; i += 8) {
      await Promise.all(
        cases.slice(i, i + 8).map(async (c) => {
          const { reply } = await send(port, c);
          const statuses = [...reply.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((m) => Number(m[1]));
          const first = statuses[0];
          if (statuses.some((s) => s >= 500)) failures.push(`${c.name}: ${statuses.join(",")}`);
          else if (/URIError|TypeError|\bat .*\.(ts|js):\d+/.test(reply)) failures.push(`${c.name}: leaks an error: ${reply.slice(0, 200)}`);
          else if (c.expect === "4xx" && first !== undefined && (first < 400 || first > 499)) failures.push(`${c.name}: ${first}`);
          else if (c.expect === "ws" && first !== 101) failures.push(`${c.name}: not upgraded (${first})`);
        }),
      );
      const batch = cases.slice(i, i + 8).map((c) => c.name);
      expect(server.alive() && !/uncaught|unhandled/i.test(server.output()), `server failed in ${batch.join(" | ")}:\n${server.output().slice(-3000)}`).toBe(
        true,
      );
    }
    await new Promise((r) => setTimeout(r, 300)); // an exit is reported asynchronously
    expect(server.alive(), `server died:\n${server.output().slice(-3000)}`).toBe(true);
    expect(failures).toEqual([]);
    expect(server.output()).not.toMatch(/uncaught|unhandled/i);

    // The same process still serves: health, and a signed-in customer's home page query.
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
    const signed = await gql<{ sessionCreate: { session: { accessToken: string } } }>(
      server.url,
      `mutation($input: SessionCreateInput!) { sessionCreate(input: $input) { session { accessToken } } }`,
      { input: { login: DEMO.login, password: DEMO.password } },
    );
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${signed.sessionCreate.session.accessToken}` },
      body: JSON.stringify({ query: print(HomeAccountDocument) }),
    });
    const body = (await res.json()) as { data?: { viewer: { activeAccount: { id: string } | null } | null }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.viewer?.activeAccount?.id).toBeTruthy();
  }, 240_000);

  it("answers a failure with 400, not a crash, for the escape that used to stop the process", async () => {
    const res = await fetch(`${server.url}/%E0%A4%A`);
    expect(res.status).toBe(400);
    expect(res.headers.get("x-request-id")).toMatch(/^[\w-]{8,}$/);
    const given = await fetch(`${server.url}/health`, { headers: { "x-request-id": "lb-1234.abc" } });
    expect(given.headers.get("x-request-id")).toBe("lb-1234.abc");
    const insane = await fetch(`${server.url}/health`, { headers: { "x-request-id": "a b\tc<script>" } });
    expect(insane.headers.get("x-request-id")).not.toBe("a b\tc<script>");
  });
});
