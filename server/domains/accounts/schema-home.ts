// The home page blocks on Account (6.1): Объект, Тарифы, Ваши документы, Уведомления.
import { resolveOffsetConnection } from "@pothos/plugin-relay";
import { builder } from "../../graphql/builder.js";
import type { Money } from "../../shared/money.js";
import { objectParameters, type ObjectParameter } from "./object.js";
import { tariffLines, type TariffLine } from "./tariffs.js";
import { accountPart, type AccountParts } from "./home-loader.js";
import { AccountRef } from "./schema.js";

const ObjectParameterRef = builder.objectRef<ObjectParameter>("ObjectParameter").implement({
  description: "A line of «Объект» (6.1): a parameter of the object the account is opened for, as the cabinet shows it",
  fields: (t) => ({
    label: t.exposeString("label", { description: "The parameter's name, e.g. «Общая площадь», «Клиентский офис»" }),
    value: t.exposeString("value", { description: "Its value formatted for display, e.g. «76 м²», «3 комн.»" }),
    url: t.string({ nullable: true, description: "A page the value links to: the client office's page on the company site", resolve: (p) => p.url ?? null }),
  }),
});

export const TariffZoneEnum = builder.enumType("TariffZone", {
  description: "A tariff zone («тарифная зона», зона суток) of a meter and its tariff",
  values: {
    ALL_DAY: { description: "«Круглосуточно»: a one-zone meter" },
    DAY: { description: "«День»" },
    NIGHT: { description: "«Ночь»" },
    PEAK: { description: "«Пик»" },
    SEMI_PEAK: { description: "«Полупик»" },
  } as const,
});

const TariffLineRef = builder.objectRef<TariffLine>("TariffLine").implement({
  description: "A line of «Тарифы»: «Электроэнергия (день) 2.25 р./кВт.ч»",
  fields: (t) => ({
    service: t.exposeString("service", { description: "The service with its zone, e.g. «Электроэнергия (день)»" }),
    zone: t.field({ type: TariffZoneEnum, description: "The zone the rate applies to", resolve: (l) => l.zone }),
    rate: t.field({ type: "Money", description: "The rate in roubles per `unit`", resolve: (l) => l.rate as Money }),
    unit: t.exposeString("unit", { description: "What the rate is per, e.g. «р./кВт.ч», «р./м³»" }),
  }),
});

const DocumentStatusEnum = builder.enumType("DocumentStatus", {
  description: "Whether the company has a document of the account («Ваши документы»)",
  values: {
    PROVIDED: { description: "«Предоставлен»: the company has it" },
    MISSING: { description: "«Не предоставлен»: the company does not have it yet" },
    SIGNED: { description: "«Подписан» (a contract)" },
    NOT_SIGNED: { description: "«Не подписан» (a contract)" },
  } as const,
});
const NoticeKindEnum = builder.enumType("NoticeKind", {
  description: "Why a notice («Уведомление») is on the home page (6.1)",
  values: {
    DEBT: { description: "Debt of two months or more" },
    COURT_CLAIM_INTENDED: { description: "The company intends to claim the debt in court" },
    COURT_CLAIM_FILED: { description: "A court claim for the debt was filed" },
  } as const,
});

const AccountDocumentRef = builder.objectRef<AccountParts["documents"][number]>("AccountDocument").implement({
  description: "«Ваши документы»: whether the company has the document",
  fields: (t) => ({
    title: t.exposeString("title", { description: "The document, e.g. «Договор энергообеспечения», «Паспорт РФ»" }),
    status: t.field({ type: DocumentStatusEnum, description: "Whether the company has it", resolve: (d) => d.status }),
    statusText: t.exposeString("statusText", { description: "Подписан, Предоставлен, Предоставлено, Предоставлены …" }),
  }),
});

const AccountNoticeRef = builder.objectRef<AccountParts["notices"][number]>("AccountNotice").implement({
  description: "«Уведомления»: debt of two months or more, court claims intended or filed",
  fields: (t) => ({
    kind: t.field({ type: NoticeKindEnum, description: "Why the notice is shown", resolve: (n) => n.kind }),
    text: t.exposeString("text", { description: "The notice's text to show (Russian)" }),
    createdAt: t.field({ type: "DateTime", description: "When it was raised", resolve: (n) => n.createdAt }),
  }),
});

// The blocks read the account's row (include mode: every column is there, however it was
// loaded) and home-loader.ts's statement; no Prisma `select`, so an account from the loader is
// never fetched again by the ORM to check one.
builder.prismaObjectFields(AccountRef, (t) => ({
  objectParameters: t.field({
    type: [ObjectParameterRef],
    description: "«Объект»: parameters of the object for its type",
    resolve: async (a, _args, ctx) => objectParameters(a, await accountPart(ctx, a.id, "office"), ctx.config.siteUrl),
  }),
  tariffs: t.field({
    type: [TariffLineRef],
    description: "«Тарифы»: tariffs applied to the account today",
    resolve: async (a, _args, ctx) => tariffLines(await accountPart(ctx, a.id, "tariffs")),
  }),
  documents: t.field({
    type: [AccountDocumentRef],
    description: "«Ваши документы»: the documents of the account and whether the company has them",
    resolve: (a, _args, ctx) => accountPart(ctx, a.id, "documents"),
  }),
  activeNotices: t.connection({
    type: AccountNoticeRef,
    description: "«Уведомления» of the home page (6.1): the account's unresolved notices, newest first; 20 a page by default, at most 100",
    // An account has a few unresolved notices (one per kind): all are read, the page is cut here.
    resolve: (a, args, ctx) =>
      resolveOffsetConnection({ args }, async (page) => (await accountPart(ctx, a.id, "notices")).slice(page.offset, page.offset + page.limit)),
  }),
  notices: t.field({
    type: [AccountNoticeRef],
    deprecationReason: "Use activeNotices",
    description: "Active notices",
    resolve: (a, _args, ctx) => accountPart(ctx, a.id, "notices"),
  }),
}));
