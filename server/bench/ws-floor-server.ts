// The floor for `npm run bench:subscriptions` (BENCH_SCENARIOS=floor): a bare `ws` server that
// answers graphql-transport-ws's handshake and, on the bench's broadcast request, sends one ready
// `next` message to every socket — no GraphQL, no pub/sub, no database. What it measures is what
// sending 10,000 small WebSocket messages from one Node thread costs on this machine (the kernel's
// loopback TCP path is most of it), i.e. the best the real server could do.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer } from "ws";

/** The `next` message of a broadcast: the same shape and size as the real server's (its title and body from the request). */
const messageFor = (title: string, body: string) =>
  JSON.stringify({
    id: "1",
    type: "next",
    payload: {
      data: {
        notificationAdded: {
          id: "Tm90aWZpY2F0aW9uOjEyMzQ1", // as long as the real ids here (Notification:12345)
          kind: "INFO",
          title,
          body,
          createdAt: new Date().toISOString(),
          read: false,
        },
      },
    },
  });

const wss = new WebSocketServer({ noServer: true });
wss.on("connection", (ws) => {
  ws.on("message", (data) => {
    const type = (JSON.parse(String(data)) as { type: string }).type;
    if (type === "connection_init") ws.send('{"type":"connection_ack"}');
  });
});

const server = http.createServer((req, res) => {
  const reply = (body: unknown) => void res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
  if (req.url?.startsWith("/test-hooks/memory")) {
    req.resume();
    const gc = (globalThis as { gc?: () => void }).gc;
    if (gc) for (let i = 0; i < 3; i++) gc();
    return reply(process.memoryUsage());
  }
  if (req.url === "/test-hooks/notifications") {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => void chunks.push(chunk));
    req.on("end", () => {
      const { title = "Рассылка", body = "" } = JSON.parse(Buffer.concat(chunks).toString() || "{}") as { title?: string; body?: string };
      const publishStartedAt = performance.timeOrigin + performance.now();
      const message = messageFor(title, body); // one serialisation for all: the floor of "one per distinct payload"
      for (const ws of wss.clients) ws.send(message);
      reply({ count: wss.clients.size, publishStartedAt, publishMs: performance.timeOrigin + performance.now() - publishStartedAt });
    });
    return;
  }
  req.resume();
  res.writeHead(404).end();
});
server.on("upgrade", (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => wss.emit("connection", ws, req)));
server.listen(0, "127.0.0.1", () => console.log(`kabinet listening on http://127.0.0.1:${(server.address() as AddressInfo).port} (floor)`));
process.on("SIGTERM", () => process.exit(0));
