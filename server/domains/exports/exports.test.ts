// «Скачать CSV» / «Скачать JSON» of the demo account's charges, readings and payments: each CSV
// read back with papaparse («;», as Russian Excel) equals what the API shows, to the character
// (dates ДД.ММ.ГГГГ on the retailer's calendar, decimal commas, the BOM first); each JSON holds
// the API's exact decimal strings and ISO dates. Through the signed link over real HTTP too —
// expired, forged and re-purposed links refused — and for personal tokens within their scopes.
import { encodeGlobalID } from "@pothos/plugin-relay";
import { SignJWT } from "jose";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/client.js";
import { documentsHandler } from "../../http/documents-route.js";
import { startHttpServer, type RunningServer } from "../../http/server.js";
import type { PdfRenderer } from "../../integrations/pdf/chromium.js";
import { purposeKey } from "../../shared/keys.js";
import { money } from "../../shared/money.js";
import { createTestApp, type TestApp } from "../../test/app.js";
import { DEMO_NOW, testDatabases } from "../../test/db.js";
import { signInAs } from "../../test/session.js";
import { signDocumentLink } from "../documents/links.js";
import { BOM, toCsv, type Table } from "./format.js";

const TZ = "Asia/Yekaterinburg";
const FROM = "2025-11";
const TO = "2026-10";
const MONTHS = ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"];
const title = (p: string) => `${MONTHS[Number(p.slice(5, 7)) - 1]} ${p.slice(0, 4)}`;
/** The API's "1234.50" as the CSV writes it; null as an empty field. */
const comma = (v: string | null) => (v === null ? "" : v.replace(".", ","));
/** An instant's day on the retailer's calendar, ДД.ММ.ГГГГ — computed here apart from the code under test. */
const day = (iso: string) => {
  const local = new Date(new Date(iso).getTime() + 5 * 3600_000); // Yekaterinburg: UTC+5, no DST
  return `${String(local.getUTCDate()).padStart(2, "0")}.${String(local.getUTCMonth() + 1).padStart(2, "0")}.${local.getUTCFullYear()}`;
};

const parse = (csv: string) => {
  expect(csv.startsWith(BOM)).toBe(true);
  const r = Papa.parse<Record<string, string>>(csv.slice(1), { delimiter: ";", header: true, skipEmptyLines: true });
  expect(r.errors).toEqual([]);
  return r;
};

const CHARGES = `query($id: ID!, $from: Period!, $to: Period!) { node(id: $id) { ... on Account { charges(from: $from, to: $to) { months { period lines {
  service serviceCode zone supplier lossesPercent transformationRatio openingBalance methodText norm volume unit tariff charged paid recalculation penalty closingBalance } } } } } }`;
const READINGS = `query($from: Period!, $to: Period!) { viewer { activeAccount { readingHistory(from: $from, to: $to) { period rows { submittedAt resource meterNumber meterStatusText zone value difference unit sourceText accepted } } } } }`;
const PAYMENTS = `{ viewer { activeAccount { paymentHistory(first: 100) { nodes { paidAt amount channelText status receipt { number } } } } } }`;
// Through viewer: personal tokens reach accounts only there (tokens/reach.ts).
const EXPORT = (field: string) => `query($from: Period!, $to: Period!, $format: ExportFormat!) { viewer { activeAccount {
  ${field}(from: $from, to: $to, format: $format) { filename mediaType content link { url expiresAt } } } } }`;
const CREATE_TOKEN = `mutation($input: ApiTokenCreateInput!) { apiTokenCreate(input: $input) { secret userErrors { code } } }`;

describe.each(testDatabases())("exports on $name", (backend) => {
  let database: Database;
  let t: TestApp;
  let web: string;
  let id: string;
  let server: RunningServer;

  beforeAll(async () => {
    database = await backend.open({ demo: true });
    t = createTestApp(database, { now: DEMO_NOW, env: { PUBLIC_URL: "https://lk.example" } });
    web = (await signInAs(t, "0710000000", "demo2026")).accessToken;
    const account = await database.prisma.account.findUniqueOrThrow({ where: { number: "0710000000" } });
    id = encodeGlobalID("Account", account.id);
    // No PDF is ever rendered here: a CSV or JSON link must not reach the renderer.
    const pdf = {
      render: () => Promise.reject(new Error("no PDF in an export")),
      close: async () => {},
      use: () => ({ total: 0, idle: 0, waiting: 0 }),
    } satisfies PdfRenderer;
    server = await startHttpServer(t.app, { port: 0, host: "127.0.0.1", clientDir: "/nonexistent", health: {}, documents: documentsHandler(t.deps, pdf) });
  });
  afterAll(async () => {
    await server?.close(0);
    await database?.close();
  });

  const exported = async (field: string, format: "CSV" | "JSON", token = web, range = { from: FROM, to: TO }) => {
    const r = await t.gql(EXPORT(field), { ...range, format }, { token });
    expect(r.errors).toBeUndefined();
    return r.data.viewer.activeAccount[field] as { filename: string; mediaType: string; content: string; link: { url: string; expiresAt: string } };
  };

  it("exports «Начисления» as CSV that Excel reads back as the API's table, and as JSON with its exact decimals", async () => {
    const months = (await t.gql(CHARGES, { id, from: FROM, to: TO }, { token: web })).data.node.charges.months as {
      period: string;
      lines: Record<string, string | null>[];
    }[];
    const lines = [...months].reverse().flatMap((m) => m.lines.map((l) => ({ period: m.period, ...l }) as Record<string, string | null> & { period: string }));
    expect(lines.length).toBeGreaterThan(40);

    const csv = await exported("chargesExport", "CSV");
    expect([csv.filename, csv.mediaType]).toEqual([`nachisleniya-${FROM}-${TO}.csv`, "text/csv; charset=utf-8"]);
    const parsed = parse(csv.content);
    expect(parsed.meta.fields).toEqual([
      "Период",
      "Услуга",
      "Код услуги",
      "Зона суток",
      "Поставщик",
      "Процент потерь",
      "Коэффициент трансформации",
      "К оплате на начало",
      "Способ расчета",
      "Норматив",
      "Объем",
      "Единица",
      "Тариф, р.",
      "Начислено",
      "Оплачено",
      "Перерасчеты",
      "Пени",
      "К оплате на конец",
    ]);
    expect(parsed.data).toEqual(
      lines.map((l) => ({
        Период: title(l.period),
        Услуга: l.service,
        "Код услуги": l.serviceCode,
        "Зона суток": l.zone,
        Поставщик: l.supplier,
        "Процент потерь": comma(l.lossesPercent),
        "Коэффициент трансформации": comma(l.transformationRatio),
        "К оплате на начало": comma(l.openingBalance),
        "Способ расчета": l.methodText,
        Норматив: comma(l.norm),
        Объем: comma(l.volume),
        Единица: l.unit,
        "Тариф, р.": comma(l.tariff),
        Начислено: comma(l.charged),
        Оплачено: comma(l.paid),
        Перерасчеты: comma(l.recalculation),
        Пени: comma(l.penalty),
        "К оплате на конец": comma(l.closingBalance),
      })),
    );
    // Numbers a Russian Excel reads as numbers: a comma, no grouping, two decimals for money.
    expect(parsed.data.every((r) => /^-?\d+,\d\d$/.test(r.Начислено!))).toBe(true);
    expect(parsed.data.some((r) => r["Тариф, р."] === "2,25")).toBe(true);
    expect(csv.content.includes("\r\n")).toBe(true);

    const json = await exported("chargesExport", "JSON");
    expect([json.filename, json.mediaType]).toEqual([`nachisleniya-${FROM}-${TO}.json`, "application/json; charset=utf-8"]);
    const body = JSON.parse(json.content);
    expect(body).toMatchObject({ title: "Начисления", account: "0710000000", from: FROM, to: TO, createdAt: DEMO_NOW });
    expect(body.rows).toEqual(
      lines.map((l) => ({
        period: l.period,
        service: l.service,
        serviceCode: l.serviceCode,
        zone: l.zone,
        supplier: l.supplier,
        lossesPercent: l.lossesPercent,
        transformationRatio: l.transformationRatio,
        openingBalance: l.openingBalance,
        method: l.methodText,
        norm: l.norm,
        volume: l.volume,
        unit: l.unit,
        tariff: l.tariff,
        charged: l.charged,
        paid: l.paid,
        recalculation: l.recalculation,
        penalty: l.penalty,
        closingBalance: l.closingBalance,
      })),
    );
    // Decimals are strings, never floats: "470.03", not 470.03.
    expect(body.rows.every((r: Record<string, unknown>) => typeof r.charged === "string" && /^-?\d+\.\d\d$/.test(r.charged as string))).toBe(true);
  });

  it("exports «История показаний» and «История платежей» the same way", async () => {
    const months = (await t.gql(READINGS, { from: FROM, to: TO }, { token: web })).data.viewer.activeAccount.readingHistory as {
      period: string;
      rows: Record<string, any>[];
    }[];
    const readings = [...months].reverse().flatMap((m) => [...m.rows].reverse().map((r): Record<string, any> => ({ period: m.period, ...r })));
    expect(readings.length).toBe(48); // 2 meters × 2 zones × 12 months
    const zone = { ALL_DAY: "Круглосуточно", DAY: "День", NIGHT: "Ночь" } as Record<string, string>;
    const csv = parse((await exported("readingHistoryExport", "CSV")).content);
    expect(csv.data).toEqual(
      readings.map((r) => ({
        Период: title(r.period),
        "Дата передачи": day(r.submittedAt),
        Ресурс: r.resource,
        "Номер ПУ": r.meterNumber,
        "Состояние ПУ": r.meterStatusText,
        "Зона суток": zone[r.zone],
        "Переданные показания": comma(r.value),
        "Разница с предыдущими": comma(r.difference),
        Единица: r.unit,
        "Способ передачи": r.sourceText,
        "Принято к расчету": r.accepted ? "да" : "нет",
      })),
    );
    expect(csv.data[0]!["Дата передачи"]).toMatch(/^\d\d\.\d\d\.\d{4}$/);
    const json = JSON.parse((await exported("readingHistoryExport", "JSON")).content);
    expect(json.acceptedOnly).toBe(false);
    expect(json.rows.map((r: any) => [r.submittedAt, r.value, r.difference, r.accepted])).toEqual(
      readings.map((r) => [r.submittedAt, r.value, r.difference, r.accepted]),
    );

    const nodes = (await t.gql(PAYMENTS, {}, { token: web })).data.viewer.activeAccount.paymentHistory.nodes as {
      paidAt: string;
      amount: string;
      channelText: string;
      status: string;
      receipt: { number: number } | null;
    }[];
    // Paid in November 2025 … October 2026 on the retailer's calendar, oldest first.
    const inRange = nodes
      .filter((p) => {
        const [, m, y] = day(p.paidAt).split(".");
        return `${y}-${m}` >= FROM && `${y}-${m}` <= TO;
      })
      .reverse();
    expect(inRange.length).toBe(12);
    const payments = parse((await exported("paymentHistoryExport", "CSV")).content);
    expect(payments.data).toEqual(
      inRange.map((p) => ({
        Дата: day(p.paidAt),
        Сумма: comma(p.amount),
        "Способ платежа": p.channelText,
        Статус: p.status === "REFUNDED" ? "Возвращен" : "Оплачен",
        "Номер чека": p.receipt ? String(p.receipt.number) : "",
      })),
    );
    const pjson = JSON.parse((await exported("paymentHistoryExport", "JSON")).content);
    expect(pjson.rows.map((r: any) => [r.paidAt, r.amount])).toEqual(inRange.map((p) => [p.paidAt, p.amount]));
  });

  it("quotes what needs quoting and defuses formulas, so the round trip keeps every text", () => {
    const table: Table = {
      columns: [
        { header: "Текст", key: "text" },
        { header: "Сумма", key: "sum" },
      ],
      rows: [
        [
          { t: "text", v: 'ООО «Рога; и копыта», "цех"\nвторая строка' },
          { t: "money", v: money("-1234.5") },
        ],
        [
          { t: "text", v: '=HYPERLINK("http://x")' },
          { t: "money", v: null },
        ],
      ],
    };
    const rows = Papa.parse<string[]>(toCsv(table, TZ).slice(1), { delimiter: ";" }).data.filter((r) => r.length > 1);
    expect(rows).toEqual([
      ["Текст", "Сумма"],
      ['ООО «Рога; и копыта», "цех"\nвторая строка', "-1234,50"],
      ['\'=HYPERLINK("http://x")', ""],
    ]);
  });

  it("serves the file behind its signed link until it expires; forged or re-purposed links are refused", async () => {
    const csv = await exported("chargesExport", "CSV");
    // A browser's session gets a link relative to its page.
    expect(csv.link.url).toMatch(/^\/documents\/export-charges\.csv\?token=/);
    expect(new Date(csv.link.expiresAt).getTime() - new Date(DEMO_NOW).getTime()).toBe(300_000);
    const get = (path: string) => fetch(`${server.url}${path}`);
    const ok = await get(csv.link.url);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(ok.headers.get("content-disposition")).toBe(`attachment; filename="nachisleniya-${FROM}-${TO}.csv"`);
    const bytes = new Uint8Array(await ok.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the UTF-8 BOM
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes)).toBe(csv.content);

    const json = await exported("chargesExport", "JSON");
    const jsonAnswer = await get(json.link.url);
    expect([jsonAnswer.status, jsonAnswer.headers.get("content-type")]).toEqual([200, "application/json; charset=utf-8"]);
    expect(JSON.parse(await jsonAnswer.text()).rows).toHaveLength(JSON.parse(json.content).rows.length);

    const refused = async (path: string) => {
      const r = await get(path);
      expect([r.status, await r.text()], path).toEqual([403, "Ссылка недействительна или устарела. Сформируйте документ заново."]);
    };
    const token = new URL(csv.link.url, "http://x").searchParams.get("token")!;
    await refused(`/documents/export-charges.json?token=${token}`); // signed for CSV
    await refused(`/documents/export-charges.pdf?token=${token}`); // not a PDF kind
    await refused(`/documents/export-readings.csv?token=${token}`); // another kind
    await refused(`/documents/export-charges.csv?token=${token.slice(0, -2)}xx`); // tampered signature
    // Claims for someone else's account under another key: refused.
    const forged = await new SignJWT({ params: { accountId: 1, from: FROM, to: TO, format: "csv" } })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("export-charges")
      .setAudience("kabinet-document")
      .setIssuer("kabinet")
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(purposeKey("x".repeat(40), "document-link"));
    await refused(`/documents/export-charges.csv?token=${forged}`);
    // A PDF's link does not open as a CSV.
    const pdfLink = await signDocumentLink(t.config.jwtSecret, "", { kind: "charges", params: { accountId: 1, from: FROM, to: TO } }, t.clock.now());
    await refused(pdfLink.url.replace("charges.pdf", "charges.csv"));
    // Five minutes later the link is dead.
    t.clock.advance(301_000);
    try {
      await refused(csv.link.url);
    } finally {
      t.clock.set(DEMO_NOW);
    }
  });

  it("answers personal tokens within their scopes, with absolute links; refuses bad ranges", async () => {
    const make = async (scopes: string[]) => {
      const r = await t.gql(
        CREATE_TOKEN,
        { input: { name: `exports ${scopes.join(" ")}`, scopes, expiresAt: new Date(new Date(DEMO_NOW).getTime() + 30 * 86400_000).toISOString() } },
        { token: web },
      );
      expect(r.data.apiTokenCreate.userErrors).toEqual([]);
      return r.data.apiTokenCreate.secret as string;
    };
    const reader = await make(["ACCOUNT_READ"]);
    const meters = await make(["READINGS_WRITE"]);
    const meterReader = await make(["READINGS_READ"]);
    const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

    const file = await exported("chargesExport", "CSV", reader);
    expect(file.content).toBe((await exported("chargesExport", "CSV")).content);
    expect(file.link.url).toMatch(/^https:\/\/lk\.example\/documents\/export-charges\.csv\?token=/); // a program has no page to resolve against
    expect(JSON.parse((await exported("paymentHistoryExport", "JSON", reader)).content).rows).toHaveLength(12);
    // Without account:read: refused; the readings need readings:read, as «История показаний» does.
    for (const field of ["chargesExport", "paymentHistoryExport"]) {
      expect(code(await t.gql(EXPORT(field), { from: FROM, to: TO, format: "CSV" }, { token: meters })), field).toBe("FORBIDDEN");
      expect(code(await t.gql(EXPORT(field), { from: FROM, to: TO, format: "CSV" }, { token: meterReader })), field).toBe("FORBIDDEN");
    }
    expect(code(await t.gql(EXPORT("readingHistoryExport"), { from: FROM, to: TO, format: "CSV" }, { token: reader }))).toBe("FORBIDDEN");
    expect(parse((await exported("readingHistoryExport", "CSV", meterReader)).content).data).toHaveLength(48);
    // Nobody signed in: no account to read.
    expect((await t.gql(EXPORT("chargesExport"), { from: FROM, to: TO, format: "CSV" })).data?.viewer ?? null).toBeNull();

    const reversed = await t.gql(EXPORT("chargesExport"), { from: TO, to: FROM, format: "CSV" }, { token: web });
    expect(code(reversed)).toBe("BAD_USER_INPUT");
    expect(reversed.errors![0]!.message).toBe("Начало периода должно быть не позже его окончания");
  });
});
