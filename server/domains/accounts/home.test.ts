import { describe, expect, it } from "vitest";
import { createTestApp, type TestApp, withTestApp } from "../../test/app.js";
import { testDatabases } from "../../test/db.js";
import { signInAs } from "../../test/session.js";

const HOME = `{ viewer { activeAccount {
  number ownerFullName address amountDue { total penalty }
  objectParameters { label value }
  tariffs { service rate unit }
  documents { title statusText }
  activeNotices(first: 100) { nodes { kind text } }
} } companyNews(first: 4) { totalCount nodes { title } } }`;

describe.each(testDatabases())("home page blocks (figure 9) on $name", (backend) => {
  const t = withTestApp({ backend, demo: true });
  const { database } = t;

  it("shows the demo account exactly as the manual's home page", async () => {
    const { accessToken } = await signInAs(t, "0710000000", "demo2026");
    const r = await t.gql(HOME, {}, { token: accessToken });
    expect(r.errors).toBeUndefined();
    const a = r.data.viewer.activeAccount;
    expect(a.ownerFullName).toBe("Иванов Иван Иванович");
    expect(a.amountDue).toEqual({ total: "0.00", penalty: "0.00" });
    expect(a.objectParameters).toEqual([
      { label: "Тип объекта", value: "Квартира" },
      { label: "Тип строения/владения", value: "МКД" },
      { label: "Объект потребления", value: "Квартира" },
      { label: "Общая площадь", value: "76 м²" },
      { label: "Жилая площадь", value: "76 м²" },
      { label: "Отапливаемая площадь", value: "76 м²" },
      { label: "Количество комнат", value: "3 комн." },
      { label: "Проживает", value: "2" },
      { label: "Тип плиты", value: "Электрическая" },
      { label: "Клиентский офис", value: "628301, ХМАО-Югра, г. Нефтеюганск, 5 мкр., д. 49, 1 этаж" },
    ]);
    expect(a.tariffs).toEqual([
      { service: "Водоотведение ХВС", rate: "58.92", unit: "р./м³" },
      { service: "Холодное водоснабжение", rate: "48.86", unit: "р./м³" },
      { service: "Электроэнергия (день)", rate: "2.25", unit: "р./кВт.ч" },
      { service: "Электроэнергия (ночь)", rate: "1.10", unit: "р./кВт.ч" },
      // the single-rate tariff the preliminary calculation uses for the norm (6.2.3)
      { service: "Электроэнергия (по нормативу)", rate: "1.87", unit: "р./кВт.ч" },
    ]);
    expect(a.documents).toEqual([
      { title: "Договор энергообеспечения", statusText: "Подписан" },
      { title: "Паспорт РФ", statusText: "Предоставлен" },
      { title: "Право собственности", statusText: "Предоставлено" },
      { title: "Паспорта приборов учёта", statusText: "Предоставлены" },
    ]);
    expect(a.activeNotices.nodes).toEqual([]);
    expect(r.data.companyNews.nodes).toHaveLength(4);
  });

  it("links «Клиентский офис» to the office's page on the company site, else to SITE_URL (6.1)", async () => {
    const OFFICE = `{ viewer { activeAccount { objectParameters { label value url } } } }`;
    const office = async (app: TestApp) => {
      const { accessToken } = await signInAs(app, "0710000000", "demo2026");
      const params = (await app.gql(OFFICE, {}, { token: accessToken })).data.viewer.activeAccount.objectParameters as { label: string; url: string | null }[];
      expect(params.filter((p) => p.label !== "Клиентский офис").every((p) => p.url === null)).toBe(true);
      return params.find((p) => p.label === "Клиентский офис");
    };
    expect(await office(t)).toEqual({
      label: "Клиентский офис",
      value: "628301, ХМАО-Югра, г. Нефтеюганск, 5 мкр., д. 49, 1 этаж",
      url: "https://gesbt.ru/contacts/offices/",
    });

    const row = await database.prisma.clientOffice.findFirstOrThrow();
    try {
      await database.prisma.clientOffice.update({ where: { id: row.id }, data: { url: null } });
      const own = createTestApp(database, { env: { SITE_URL: "https://energo.example.ru/" } });
      expect((await office(own))?.url).toBe("https://energo.example.ru/");
      // Only a web page is a link: anything else in the data falls back to the site.
      await database.prisma.clientOffice.update({ where: { id: row.id }, data: { url: "javascript:alert(1)" } });
      expect((await office(createTestApp(database)))?.url).toBe("https://gesbt.ru/");
    } finally {
      await database.prisma.clientOffice.update({ where: { id: row.id }, data: { url: row.url } });
    }
  });

  it("shows the debtor's debt with penalties and the debt and court-claim notices", async () => {
    const { accessToken } = await signInAs(t, "debtor", "debtor2026");
    const a = (await t.gql(HOME, {}, { token: accessToken })).data.viewer.activeAccount;
    expect(Number(a.amountDue.total)).toBeGreaterThan(0);
    expect(Number(a.amountDue.penalty)).toBeGreaterThan(0);
    expect(a.activeNotices.nodes.map((n: { kind: string }) => n.kind).sort()).toEqual(["COURT_CLAIM_INTENDED", "DEBT"]);
  });

  it("pages the notices and the news as connections, the same rows as the deprecated lists", async () => {
    const { accessToken } = await signInAs(t, "debtor", "debtor2026");
    const PAGE = `query($n: Int!, $after: String, $news: Int!, $newsAfter: String) {
      viewer { activeAccount { notices { kind text } activeNotices(first: $n, after: $after) { nodes { kind text } pageInfo { hasNextPage endCursor } } } }
      news(first: 50) { id } companyNews(first: $news, after: $newsAfter) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`;
    const first = (await t.gql(PAGE, { n: 1, news: 3 }, { token: accessToken })).data;
    const page1 = first.viewer.activeAccount.activeNotices;
    expect(page1.nodes).toHaveLength(1);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(first.companyNews.nodes.map((n: { id: string }) => n.id)).toEqual(first.news.slice(0, 3).map((n: { id: string }) => n.id));
    expect(first.companyNews.totalCount).toBe(first.news.length);
    const next = (
      await t.gql(PAGE, { n: 1, after: page1.pageInfo.endCursor, news: 3, newsAfter: first.companyNews.pageInfo.endCursor }, { token: accessToken })
    ).data;
    const page2 = next.viewer.activeAccount.activeNotices;
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect([...page1.nodes, ...page2.nodes]).toEqual(first.viewer.activeAccount.notices);
    expect(next.companyNews.nodes.map((n: { id: string }) => n.id)).toEqual(first.news.slice(3, 6).map((n: { id: string }) => n.id));
    // Anonymous callers read the news too.
    expect((await t.gql(`{ companyNews(first: 1) { nodes { title } } }`)).data.companyNews.nodes).toHaveLength(1);
  });
});

// The `viewer` field reads the active account's blocks with the viewer (home-loader.ts's look
// ahead); the same blocks under `accounts` come by the per-account statement. Both must agree,
// whichever account is active, however the query is written.
const BLOCKS = `number amountDue { total penalty } objectParameters { label value } tariffs { service rate unit }
  documents { title statusText } activeNotices(first: 10) { nodes { kind text createdAt } }`;

describe.each(testDatabases())("the active account's blocks read with the viewer on $name", (backend) => {
  const t = withTestApp({ backend, demo: true });
  const { database } = t;

  it("are those of the account chosen in the header, else of the first linked one, with fragments too", async () => {
    const linked = await database.prisma.userAccount.findMany({ where: { user: { login: { in: ["0710000000", "debtor"] } } }, select: { accountId: true } });
    const ids = [...new Set(linked.map((l) => l.accountId))];
    expect(ids.length).toBeGreaterThanOrEqual(2);
    const { hashPassword } = await import("../identity/password.js");
    const user = await database.prisma.user.create({
      data: { login: "two_accounts", passwordHash: await hashPassword("twoaccounts2026"), accounts: { create: ids.map((accountId) => ({ accountId })) } },
    });
    const { accessToken } = await signInAs(t, "two_accounts", "twoaccounts2026");
    // @include keeps the response cache out (the active account is changed here in the database).
    const plain = `{ viewer @include(if: true) { accounts { ${BLOCKS} } activeAccount { ${BLOCKS} } } }`;
    const fragments = `query { viewer @include(if: true) { ...V } } fragment V on Viewer { accounts { ...B } ... on Viewer { activeAccount { ...B } } } fragment B on Account { ${BLOCKS} }`;
    const unlinked = await database.prisma.account.findFirstOrThrow({ where: { id: { notIn: ids } }, select: { id: true } });
    const byNumber = await database.prisma.account.findMany({ where: { id: { in: ids } }, orderBy: { number: "asc" }, select: { id: true, number: true } });
    for (const [activeAccountId, expected] of [
      ...ids.map((id) => [id, id] as const),
      [null, byNumber[0]!.id],
      [unlinked.id, byNumber[0]!.id], // chosen once, no longer linked
    ] as const) {
      await database.prisma.user.update({ where: { id: user.id }, data: { activeAccountId } });
      const number = byNumber.find((a) => a.id === expected)!.number;
      for (const query of [plain, fragments]) {
        const { data, errors } = await t.gql(query, {}, { token: accessToken });
        expect(errors).toBeUndefined();
        expect(data.viewer.activeAccount.number).toBe(number);
        expect(data.viewer.activeAccount).toEqual(data.viewer.accounts.find((a: { number: string }) => a.number === number));
      }
    }
    // The blocks differ between the two accounts, so a mix-up would show.
    const { data } = await t.gql(plain, {}, { token: accessToken });
    expect(data.viewer.accounts[0]).not.toEqual(data.viewer.accounts[1]);
  });
});
