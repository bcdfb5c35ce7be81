// «Профиль» → «Доступ для приложений» in a real browser, then the token used as a customer's app
// would (plain fetch, as curl): make a token with «Передача показаний» and «Просмотр лицевого
// счета», submit a reading and read the amount due with it, see paymentCreate refused with
// FORBIDDEN, revoke it in the tab, and see its next request refused.
import { describe, expect, it } from "vitest";
import type { Browser } from "puppeteer-core";
import { DEMO, E2E_TIMEOUT, fillIn, newPage, signIn, textOf, useServerAndBrowser, type RunningServer } from "./support";

let server: RunningServer;
let browser: Browser;
// Readings are accepted every day of the month here, whatever day the test runs.
useServerAndBrowser((s, b) => void ((server = s), (browser = b)), { READINGS_WINDOW: "1-31" });

type Answer = { data?: Record<string, any> | null; errors?: { message: string; extensions?: { code?: string } }[] };

/** A request as an app sends it: `Authorization: Bearer kab_pat_…`, no cookies, no browser. */
async function withToken(secret: string, query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const res = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${secret}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as Answer;
}

const METERS = `{ viewer { accounts { id number amountDue { total } meters { id zones lastAccepted { zone value } } } } }`;
const SUBMIT = `mutation($input: MeterReadingsSubmitInput!) { meterReadingsSubmit(input: $input) { readings { zone value sourceText } userErrors { code message } } }`;
const PAY = `mutation($input: PaymentCreateInput!) { paymentCreate(input: $input) { confirmationUrl userErrors { code } } }`;

describe("personal API tokens", () => {
  it(
    "makes a token in «Профиль», submits a reading and reads the amount due with it, cannot pay, and is refused once revoked",
    async () => {
      const page = await newPage(browser);
      await page.goto(`${server.url}/login`);
      await signIn(page, DEMO.login, DEMO.password);
      await page.waitForSelector(".customer");
      await page.goto(`${server.url}/profile/tokens`);
      expect(await textOf(page, ".profile__panel .panel-head__title")).toContain("Доступ для приложений");

      await fillIn(page, "input[name=name]", "Home Assistant");
      await page.click("input[name=scopes][value=ACCOUNT_READ]");
      await page.click("input[name=scopes][value=READINGS_WRITE]");
      await page.select("select[name=expiresAt]", "90");
      await page.click("form button[type=submit]");
      await page.waitForSelector("input[name=secret]");
      const secret = await page.$eval("input[name=secret]", (el) => (el as HTMLInputElement).value);
      expect(secret).toMatch(/^kab_pat_[A-Za-z0-9_-]{43}$/);
      expect(await textOf(page, ".api-token-secret")).toContain("больше он показан не будет");
      await page.waitForFunction(() => document.querySelectorAll("table.api-tokens tbody tr").length === 1);
      const row = await textOf(page, "table.api-tokens tbody tr");
      expect(row).toContain("Home Assistant");
      expect(row).toContain("лицевой счет, передача показаний");
      expect(row).toContain("Действует");

      // The app: the accounts with what is due, a reading for the first meter.
      const home = await withToken(secret, METERS);
      expect(home.errors).toBeUndefined();
      const accounts = home.data!.viewer.accounts as {
        id: string;
        number: string;
        amountDue: { total: string };
        meters: { id: string; zones: string[]; lastAccepted: { zone: string; value: string }[] }[];
      }[];
      expect(accounts.map((a) => a.number)).toEqual(["0710000000", "0710000001"]);
      expect(Number(accounts[1]!.amountDue.total)).toBeGreaterThan(0); // last month unpaid
      const meter = accounts[0]!.meters[0]!;
      const readings = meter.zones.map((zone) => ({
        meterId: meter.id,
        zone,
        value: String(Math.floor(Number(meter.lastAccepted.find((r) => r.zone === zone)?.value ?? 0)) + 3),
      }));
      const submitted = await withToken(secret, SUBMIT, { input: { accountId: accounts[0]!.id, readings, idempotencyKey: `e2e-${Date.now()}` } });
      expect(submitted.data!.meterReadingsSubmit.userErrors).toEqual([]);
      expect(submitted.data!.meterReadingsSubmit.readings.map((r: { sourceText: string }) => r.sourceText)).toEqual(
        meter.zones.map(() => "Приложение клиента"),
      );

      const pay = await withToken(secret, PAY, {
        input: { accountId: accounts[1]!.id, items: [{ supplierId: "1", amount: "1.00" }], idempotencyKey: `e2e-pay-${Date.now()}` },
      });
      expect(pay.data).toBeNull();
      expect(pay.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

      // «Последнее использование» now has a time.
      await page.reload();
      await page.waitForFunction(
        () => {
          const lastUsed = document.querySelector("table.api-tokens tbody tr td:nth-child(5)")?.textContent;
          return !!lastUsed && /\d{2}\.\d{2}\.\d{4}/.test(lastUsed);
        },
        { timeout: 10_000 },
      );

      await page.click("table.api-tokens button[aria-label='Отозвать токен Home Assistant']");
      await page.waitForFunction(() => document.querySelector("table.api-tokens tbody tr")?.textContent?.includes("Отозван"));
      expect(await textOf(page, ".profile__panel .notice--success")).toContain("отозван");

      const after = await withToken(secret, SUBMIT, { input: { accountId: accounts[0]!.id, readings } });
      expect(after.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect((await withToken(secret, METERS)).data?.viewer).toBeNull();
      await page.close();
    },
    3 * E2E_TIMEOUT,
  );
});
