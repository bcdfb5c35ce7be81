// What operators get from a running server: request ids in answers and log lines, no personal
// data in the lines of a registration, and Prometheus series that move with the traffic.
import { afterAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { startHttpServer, type RunningServer } from "../http/server.js";
import { DevOutbox } from "../integrations/messaging/dev-outbox.js";
import { Messenger } from "../integrations/messaging/delivery.js";
import { DeliveryError } from "../integrations/messaging/port.js";
import { createTestApp, type TestApp } from "../test/app.js";
import { testDatabases, withTestDatabase } from "../test/db.js";
import { captureLog } from "../test/log-capture.js";
import { createMetrics } from "./metrics.js";
import { metricsHandler } from "./metrics-route.js";
import { startJobs } from "../jobs/schedule.js";
import { log as serverLog } from "../shared/log.js";

const TOKEN = "m".repeat(40);
const REGISTER = `mutation Register($input: UserRegisterInput!) {
  userRegister(input: $input) { viewer { login } session { accessToken } emailConfirmationSent phoneConfirmationRequired userErrors { code } }
}`;
const SEND = `mutation SendCode($c: ContactChannel!) { contactCodeSend(input: { channel: $c }) { sent userErrors { code } } }`;

/** The sample count of a series with exactly these labels in a Prometheus text ("0" when absent). */
function sampleCount(text: string, name: string, labels: Record<string, string>): number {
  const line = text.split("\n").find((l) => l.startsWith(`${name}{`) && Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)));
  return line ? Number(line.slice(line.lastIndexOf(" ") + 1)) : 0;
}

describe.each(testDatabases())("request ids, logs and metrics on $name", (backend) => {
  let t: TestApp;
  let server: RunningServer;
  let base: string;
  const sms: string[] = [];

  const database = withTestDatabase({
    backend,
    seed: async () => {
      // E-mail as through SMTP (nothing printed), an SMS gateway that refuses quoting the number,
      // and the messenger's failure report going to the logger, as in production.
      const outbox = new DevOutbox({ log: null });
      const messenger = new Messenger({
        db: database.prisma,
        email: outbox.email,
        sms: {
          send: async (m) => {
            sms.push(m.to);
            throw new DeliveryError(`gateway: 400 invalid subscriber +${m.to} (${m.to.replace(/^7(\d{3})(\d{3})(\d{2})(\d{2})$/, "8 ($1) $2-$3-$4")})`, true);
          },
        },
        retry: { attempts: 1, baseDelayMs: 1 },
      });
      t = createTestApp(database, { messenger, env: { METRICS_TOKEN: TOKEN } });
      const metrics = t.app.metrics;
      server = await startHttpServer(t.app, {
        port: 0,
        host: "127.0.0.1",
        clientDir: "/nonexistent",
        health: { database: async () => true },
        metrics: metricsHandler(metrics.registry, TOKEN),
      });
      base = `http://127.0.0.1:${server.port}`;
    },
  });
  afterAll(async () => {
    await server?.close(1_000);
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  const scrape = async (token = TOKEN) => {
    const res = await fetch(`${base}/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    return { status: res.status, text: await res.text() };
  };

  it("returns a valid X-Request-Id and every log line of that request carries it; an invalid one is replaced", async () => {
    const log = captureLog();
    try {
      const res = await post({ query: "query Ping { __typename }" }, { "x-request-id": "lb-7f3a.42:x" });
      expect(res.headers.get("x-request-id")).toBe("lb-7f3a.42:x");
      expect(await res.json()).toEqual({ data: { __typename: "Query" } });
      const mine = log.records().filter((r) => r.reqId === "lb-7f3a.42:x");
      expect(mine.find((r) => r.msg === "graphql")).toMatchObject({ operation: "Ping", type: "query", transport: "http", outcome: "ok" });
      expect(mine.find((r) => r.msg === "http")).toMatchObject({ route: "graphql", status: "200" });

      const bad = await post({ query: "{ __typename }" }, { "x-request-id": "x".repeat(200) });
      const generated = bad.headers.get("x-request-id")!;
      expect(generated).toMatch(/^[0-9a-f-]{36}$/);
      expect(log.records().some((r) => r.reqId === generated && r.msg === "graphql")).toBe(true);
      expect(log.lines.join("")).not.toContain("x".repeat(200));
    } finally {
      log.restore();
    }
  });

  it("a WebSocket connection gets a request id on its upgrade, and its operations log with it", async () => {
    const log = captureLog();
    try {
      const ws = new WebSocket(`ws://127.0.0.1:${server.port}/graphql`, "graphql-transport-ws", { headers: { "x-request-id": "ws-conn-1" } });
      const upgradeId = new Promise<string | undefined>((resolve) => ws.once("upgrade", (res) => resolve(res.headers["x-request-id"] as string | undefined)));
      await new Promise((resolve, reject) => ws.once("open", resolve).once("error", reject));
      expect(await upgradeId).toBe("ws-conn-1");
      const message = (type: string) =>
        new Promise<unknown>((resolve) => ws.on("message", (m) => JSON.parse(String(m)).type === type && resolve(JSON.parse(String(m)))));
      const ack = message("connection_ack");
      ws.send(JSON.stringify({ type: "connection_init", payload: {} }));
      await ack;
      const next = message("next");
      ws.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query: "query WsPing { __typename }" } }));
      expect(await next).toMatchObject({ payload: { data: { __typename: "Query" } } });
      ws.close();
      expect(log.records().find((r) => r.msg === "graphql" && r.operation === "WsPing")).toMatchObject({ reqId: "ws-conn-1", transport: "ws", outcome: "ok" });
    } finally {
      log.restore();
    }
  });

  it("no log line of a registration contains the e-mail or the phone (a failing SMS gateway quoting the number included)", async () => {
    const numbers = ["5083300001", "5083300002"];
    for (const number of numbers) {
      await database.prisma.account.create({
        data: { number, ownerLastName: "Петрова", ownerFirstName: "Анна", address: "Тюмень, ул. Мира, 5", objectType: "Квартира" },
      });
    }
    const input = { ownerLastName: "Петрова", password: "secret12", passwordConfirmation: "secret12", consentPersonalData: true };
    const log = captureLog();
    try {
      const byEmail = await (
        await post(
          { query: REGISTER, variables: { input: { ...input, accountNumber: numbers[0], email: "Anna.Petrova@Example.ru", phone: null } } },
          { "x-request-id": "reg-email" },
        )
      ).json();
      expect(byEmail.data.userRegister).toMatchObject({ userErrors: [], emailConfirmationSent: true });
      const byPhone = await (
        await post(
          { query: REGISTER, variables: { input: { ...input, accountNumber: numbers[1], email: null, phone: "+7 (919) 555-44-33" } } },
          { "x-request-id": "reg-phone" },
        )
      ).json();
      expect(byPhone.data.userRegister).toMatchObject({ userErrors: [], phoneConfirmationRequired: true });
      await post(
        { query: SEND, variables: { c: "PHONE" } },
        { "x-request-id": "reg-code", authorization: `Bearer ${byPhone.data.userRegister.session.accessToken}` },
      );
      await new Promise((r) => setTimeout(r, 200)); // background sends and their failure reports
      expect(sms).toContain("79195554433"); // the SMS was really attempted (and refused)

      const text = log.lines.join("");
      expect(log.records().filter((r) => ["reg-email", "reg-phone", "reg-code"].includes(String(r.reqId))).length).toBeGreaterThan(2);
      expect(text).toContain("[messenger] SMS #"); // the refusal is reported …
      for (const secret of ["anna.petrova", "Anna.Petrova", "example.ru", "79195554433", "9195554433", "555-44-33", "Петрова", "Анна"]) {
        expect(text, secret).not.toContain(secret); // … without the address, the number or the name
      }
      // The subject is there as its internal id.
      const user = await database.prisma.user.findFirstOrThrow({ where: { login: "anna.petrova@example.ru" } });
      expect(log.records().some((r) => r.reqId === "reg-email" && r.msg === "graphql" && r.operation === "Register")).toBe(true);
      expect(user.id).toBeGreaterThan(0);
    } finally {
      log.restore();
    }
  });

  it("/metrics needs the token, lists every series, and a GraphQL request moves its operation's histogram", async () => {
    expect((await scrape("")).status).toBe(401);
    expect((await scrape("wrong-token-of-the-same-length-xxxxxxxx")).status).toBe(401);
    const before = await scrape();
    expect(before.status).toBe(200);
    const series = [
      "kabinet_http_request_duration_seconds",
      "kabinet_graphql_operation_duration_seconds",
      "kabinet_graphql_errors_total",
      "kabinet_ws_connections",
      "kabinet_ws_subscriptions",
      "kabinet_pubsub_delivery_lag_seconds",
      "kabinet_response_cache_hits_total",
      "kabinet_response_cache_misses_total",
      "kabinet_job_runs_total",
      "kabinet_job_failures_total",
      "kabinet_job_duration_seconds",
      "kabinet_outbox_messages",
      "kabinet_outbox_oldest_message_age_seconds",
      "kabinet_db_pool_connections",
      "kabinet_db_pool_idle_connections",
      "kabinet_db_pool_waiting_requests",
      "kabinet_pdf_pages_open",
      "kabinet_pdf_pages_idle",
      "kabinet_pdf_renders_waiting",
    ];
    for (const name of series) expect(before.text, name).toContain(`# TYPE ${name} `);

    const labels = { operation: "MetricsProbe", type: "query", transport: "http", outcome: "ok" };
    const count = "kabinet_graphql_operation_duration_seconds_count";
    await post({ query: "query MetricsProbe { __typename }" });
    await post({ query: "query MetricsProbe { __typename }" });
    await post({ query: "query MetricsProbe { nope }" }); // a validation error
    const after = await scrape();
    expect(sampleCount(after.text, count, labels) - sampleCount(before.text, count, labels)).toBe(2);
    expect(sampleCount(after.text, count, { ...labels, outcome: "error" })).toBe(1);
    expect(sampleCount(after.text, "kabinet_graphql_errors_total", { operation: "MetricsProbe", code: "GRAPHQL_VALIDATION_FAILED" })).toBe(1);
    expect(sampleCount(after.text, "kabinet_http_request_duration_seconds_count", { route: "graphql", method: "POST", status: "200" })).toBeGreaterThanOrEqual(
      2,
    );
  });

  it("a job run logs under its run id and counts its run, failure and duration", async () => {
    const log = captureLog();
    const metrics = createMetrics();
    const jobs = startJobs({ ...t.deps, metrics }, [
      // Today's fire (00:00 in the retailer's zone) has passed: the catch-up runs it at once.
      {
        name: "probe-fail",
        schedule: "0 0 * * *",
        catchUp: "same-day",
        run: async () => {
          serverLog.info("inside the job");
          throw new Error("boom");
        },
      },
    ]);
    try {
      const text = async () => metrics.registry.metrics();
      for (let i = 0; i < 100 && !(await text()).includes('kabinet_job_failures_total{job="probe-fail"} 1'); i++) await new Promise((r) => setTimeout(r, 50));
      const scraped = await text();
      expect(scraped).toContain('kabinet_job_runs_total{job="probe-fail",outcome="failed"} 1');
      expect(scraped).toContain('kabinet_job_duration_seconds_count{job="probe-fail"} 1');
      const inside = log.records().find((r) => r.msg === "inside the job")!;
      const failed = log.records().find((r) => r.msg === "job probe-fail failed")!;
      expect(inside.runId).toMatch(/^[0-9a-f-]{36}$/);
      expect(failed).toMatchObject({ job: "probe-fail", runId: inside.runId, level: "error" });
    } finally {
      await jobs.stop();
      log.restore();
    }
  });
});

describe("metrics registries", () => {
  it("are one per app: series of one app do not show in another's", async () => {
    const a = createMetrics();
    const b = createMetrics();
    a.jobRuns.inc({ job: "x", outcome: "ok" });
    expect(await a.registry.metrics()).toContain('kabinet_job_runs_total{job="x",outcome="ok"} 1');
    expect(await b.registry.metrics()).not.toContain('job="x"');
  });
});
