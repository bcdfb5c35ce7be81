// The billing documents through signed links, rendered by the real Chromium and read back
// as text (pdfjs): «Начисления» and the квитанция (PDF and its HTML view).
import { afterAll, describe, expect, it } from "vitest";
import { buildApp } from "../../app.js";
import { loadConfig } from "../../config.js";
import { documentsHandler } from "../../http/documents-route.js";
import { startHttpServer, type RunningServer } from "../../http/server.js";
import { devMessenger } from "../../integrations/messaging/index.js";
import { createPdfRenderer } from "../../integrations/pdf/chromium.js";
import { createAppPubSub } from "../../integrations/pubsub.js";
import { fixedClock } from "../../shared/clock.js";
import { withTestDatabase } from "../../test/db.js";
import { pdfText } from "../../test/pdf-text.js";
import { signDocumentLink } from "../documents/links.js";
import { closeBillingPeriod } from "./close.js";
import { invoiceLinkClaims, invoiceViewUrl } from "./invoices.js";
import { paymentQrPayload } from "./payment-qr.js";
import { CLOSE_AT, OCT, buildBillingWorld } from "./test-support.js";

/** The printed line holding `marker` (a wrapped cell's first words), with spaces collapsed. */
function row(text: string, marker: string | RegExp): string {
  const line = text.split("\n").find((l) => (typeof marker === "string" ? l.includes(marker) : marker.test(l)));
  if (!line) throw new Error(`no line with «${marker}» in:\n${text}`);
  return line.replace(/\s+/g, " ").trim();
}

describe("billing documents (real Chromium)", () => {
  let server: RunningServer;
  let world: Awaited<ReturnType<typeof buildBillingWorld>>;
  const pdf = createPdfRenderer();
  const config = loadConfig({ NODE_ENV: "test" });
  const clock = fixedClock(CLOSE_AT);

  const database = withTestDatabase({
    seed: async () => {
      world = await buildBillingWorld(database.prisma);
      const deps = {
        db: database.prisma,
        sql: database.sql,
        config,
        clock,
        pubsub: createAppPubSub(),
        messenger: devMessenger({ db: database.prisma, log: null }),
      };
      await closeBillingPeriod(deps, OCT, "job");
      server = await startHttpServer(buildApp(deps), {
        port: 0,
        host: "127.0.0.1",
        clientDir: "/nonexistent",
        health: {},
        documents: documentsHandler(deps, pdf),
      });
      config.publicUrl = server.url;
    },
  });
  afterAll(async () => {
    await server?.close();
    await pdf.close();
  });

  const link = async (kind: string, params: Record<string, string | number>) =>
    (await signDocumentLink(config.jwtSecret, server.url, { kind, params }, CLOSE_AT)).url;

  it("prints «Начисления» with its rows and without the all-zero columns", async () => {
    const res = await fetch(await link("charges", { accountId: world.a.id, from: "2026-08", to: "2026-10" }));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="nachisleniya-2026-08-2026-10.pdf"');
    const text = await pdfText(new Uint8Array(await res.arrayBuffer()));
    expect(text).toContain("Лицевой счет 5550000001");
    expect(text).toContain("За период с Август 2026 по Октябрь 2026");
    // Columns: service, supplier, opening, method, norm, volume, tariff, charged, paid, penalty, closing.
    expect(row(text, "180 кВт.ч")).toBe("Электроэнергия АО «Газпром 502,85 по прибору — 180 кВт.ч 2,25 405,00 120,00 1,77 789,62");
    expect(row(text, "14,43 м³")).toMatch(/^Холодное АО «Газпром 0,00 по нормативу 4,81 м³ 14,43 м³ 48,86 705,05 0,00 0,00 705,05$/);
    expect(row(text, "3 чел.")).toBe("Обращение с ТКО АО «Югра-Экология» 0,00 фиксированный — 3 чел. 137,52 412,56 0,00 0,00 412,56");
    expect(row(text, "Итого за месяц")).toBe("Итого за месяц 502,85 1 599,61 120,00 1,77 1 984,23");
    expect(text).toContain("Сентябрь 2026");
    expect(text).not.toContain("Перерасчеты"); // all zero for this account: hidden
  });

  it("prints the квитанция: both parties, lines per supplier, totals and a QR code per supplier", async () => {
    const url = (await signDocumentLink(config.jwtSecret, server.url, invoiceLinkClaims(world.a.id, OCT), CLOSE_AT)).url;
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="kvitanciya-2026-10.pdf"');
    const text = await pdfText(new Uint8Array(await res.arrayBuffer()));
    expect(text).toContain("Квитанция № 5550000001-202610 за Октябрь 2026");
    expect(text).toContain("оплатить до 10.11.2026");
    expect(text).toMatch(/Исполнитель[\s\S]*АО «Газпром энергосбыт Тюмень»[\s\S]*8602067215 \/ 860201001/);
    expect(text).toMatch(/Плательщик[\s\S]*Петрова Анна Сергеевна[\s\S]*5550000001/);
    // Columns: service, method, volume, tariff, opening debt, charged, paid, recalculation, penalty, due.
    expect(row(text, "180 кВт.ч")).toMatch(/^Электроэнергия (\(день\) )?по прибору.* 180 кВт\.ч 2,25 502,85 405,00 120,00 0,00 1,77 789,62$/);
    expect(row(text, "70 кВт.ч")).toMatch(/^Электроэнергия (\(ночь\) )?по прибору.* 70 кВт\.ч 1,1 0,00 77,00 0,00 0,00 0,00 77,00$/);
    expect(row(text, "фиксированный")).toMatch(/^Обращение с (ТКО )?фиксированный 3 чел\. 137,52 0,00 412,56 0,00 0,00 0,00 412,56$/);
    expect(row(text, "Итого по поставщику")).toBe("Итого по поставщику 502,85 1 187,05 120,00 0,00 1,77 1 571,67");
    expect(row(text, /^\s*Итого\s+\d/)).toMatch(/^Итого 502,85 1 599,61 120,00 0,00 1,77 1 984,23$/);
    expect(text).toContain("Итого к оплате: 1 984,23 р. в т.ч. пени 1,77 р.");
    expect(text).toContain("АО «Югра-Экология»");
    expect(text).toMatch(/К оплате: 412,56 р\./);
    expect(text).toContain("Оплата по QR-коду");

    // The HTML view: same token, an accessible page with the same rows, linking to the PDF.
    const view = await fetch(invoiceViewUrl(url));
    expect(view.status).toBe(200);
    expect(view.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(view.headers.get("content-security-policy")).toContain("default-src 'none'");
    const html = await view.text();
    expect(html).toContain('<html lang="ru">');
    expect(html).toMatch(/<caption>Начисления за Октябрь 2026/);
    expect(html).toContain('<th scope="row">Электроэнергия (день)</th>');
    expect(html).toMatch(/role="img" aria-label="QR-код для оплаты: АО «Газпром энергосбыт Тюмень», 1\u00a0571,67 р\."/);
    const pdfLink = /<a href="([^"]+)" download>Скачать квитанцию \(PDF\)<\/a>/.exec(html)![1]!.replace(/&amp;/g, "&");
    expect(pdfLink).toBe(`invoice.pdf${new URL(url).search}`);
    expect((await fetch(new URL(pdfLink, view.url))).headers.get("content-type")).toBe("application/pdf");

    // The retailer's QR carries its bank details, the customer's account and the sum due in kopecks.
    const retailer = await database.prisma.supplier.findUniqueOrThrow({ where: { code: "GESBT" } });
    expect(
      paymentQrPayload({
        name: retailer.name,
        personalAcc: retailer.bankAccount,
        bankName: retailer.bankName,
        bic: retailer.bik,
        correspAcc: retailer.corrAccount,
        payeeInn: retailer.inn,
        kpp: retailer.kpp,
        purpose: "x",
        persAcc: "5550000001",
      })
        .split("|")
        .slice(0, 6)
        .join("|"),
    ).toBe("ST00012|Name=АО «Газпром энергосбыт Тюмень»|PersonalAcc=40702810400000012743|BankName=Банк ГПБ (АО)|BIC=044525823|CorrespAcc=30101810200000000823");

    // A link of another kind or a tampered one opens nothing.
    expect((await fetch(url.replace("invoice.pdf", "charges.pdf"))).status).toBe(403);
    expect((await fetch(invoiceViewUrl(url).replace(/token=(.)/, (_m, c: string) => `token=${c === "a" ? "b" : "a"}`))).status).toBe(403);
    expect((await fetch((await link("charges", { accountId: world.a.id, from: "2026-08", to: "2026-10" })).replace(".pdf", ".html"))).status).toBe(403);
  });

  it("explains every line on the квитанция's page («Почему такая сумма»), not in its PDF", async () => {
    const url = (await signDocumentLink(config.jwtSecret, server.url, invoiceLinkClaims(world.a.id, OCT), CLOSE_AT)).url;
    const html = (await (await fetch(invoiceViewUrl(url))).text()).replace(/\u00a0/g, " ");
    expect(html).toContain('<h2 id="inv-why">Почему такая сумма</h2>');
    const day = /<section class="why__line"><h3>Электроэнергия \(день\)<\/h3><ol>(.*?)<\/ol><p>К оплате на конец: <strong>([^<]+)<\/strong>/.exec(html)!;
    const steps = [...day[1]!.matchAll(/<li><strong>([^<]+)<\/strong>: (.*?) <span class="why__v">([^<]+)<\/span><\/li>/g)].map((m) => [m[1], m[2], m[3]]);
    // The hand figures of close.test.ts: 502.85 + 405.00 + 1.77 − 120.00 = 789.62.
    expect(steps).toEqual([
      ["К оплате на начало месяца", "Долг на начало месяца: 502,85 р.", "502,85 р."],
      [
        "Начислено по прибору учета",
        expect.stringMatching(
          /^Объем: 10 180 − 10 000 = 180 кВт\.ч \(день\) · Показания: прибор № 7700001: 10 180 \(от 20\.10\.2026, мобильное приложение\), предыдущее 10 000 \(от 20\.09\.2026, за сентябрь 2026, личный кабинет\) · Тариф 2,25 р\. за кВт\.ч \(день\), действует с 01\.07\.2025 · 180 × 2,25 = 405,00 р\.$/,
        ),
        "405,00 р.",
      ],
      ["Пени", "Пени: 180,00 р. × 31 дн. × 1/300 × 9,5 % = 1,77 р. (просроченный долг 182,85 р. без неоплаченных пеней 2,85 р.)", "1,77 р."],
      ["Оплачено", "Оплачено: 01.10.2026 — 20,00 р., 15.10.2026 — 100,00 р.", "−120,00 р."],
    ]);
    expect(day[2]).toBe("789,62 р.");
    // The printed квитанция keeps its one-page layout: no explanations there.
    const printed = await pdfText(new Uint8Array(await (await fetch(url)).arrayBuffer()));
    expect(printed).not.toContain("Почему такая сумма");
  });
});
