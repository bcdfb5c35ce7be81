// GraphQL surface of «Оплата» (6.4): amounts due per supplier, saved cards, the payment history
// with receipts (чек) and the live `paymentStatusChanged` subscription. Paying, deleting a card
// and the receipt's PDF are schema-mutations.ts. Thin: rules live in the services.
import { encodeGlobalID } from "@pothos/plugin-relay";
import { filter, pipe } from "graphql-yoga";
import type { SavedCard } from "../../db/generated/prisma/client.js";
import { builder } from "../../graphql/builder.js";
import { dayOf } from "../../shared/calendar.js";
import { visibleAccounts } from "../accounts/access.js";
import { amountDueBySupplier, type SupplierAmountDue } from "../accounts/amount-due.js";
import { AccountRef } from "../accounts/schema.js";
import { seesBuyerContact } from "./receipt-kind.js";
import { ViewerRef } from "../identity/schema.js";
import { SupplierKindEnum, SupplierRef } from "../billing/schema-supplier.js";
import { CARD_BRANDS, cardBrandOf, cardExpired } from "./cards.js";
import { sellerOf } from "./receipt-document.js";
import { receiptLines, receiptQrText, type ReceiptLine } from "./receipts.js";
import { CHANNEL_TEXT, PURPOSE_TEXT, STATUS_TEXT } from "./texts.js";
import { vatTotals, type VatRate, type VatTotal } from "./vat.js";

const PaymentStatusEnum = builder.enumType("PaymentStatus", {
  description: "Where a card payment is; `paymentStatusChanged` reports each change",
  values: {
    CREATED: { description: "«Создан»: recorded, not yet sent to the bank" },
    PENDING: { description: "«Ожидает оплаты в банке»: waiting on the bank's card page (`confirmationUrl`)" },
    SUCCEEDED: { description: "«Оплачен»: the bank confirmed it; a receipt (чек) is issued" },
    FAILED: { description: "«Не выполнен»: the bank declined it (see `failureReason`)" },
    CANCELLED: { description: "«Отменен»: the customer left the bank's page or it expired" },
    REFUNDED: { description: "«Возвращен»: the money was returned (e.g. the 1 ₽ card check)" },
  } as const,
});
const PaymentPurposeEnum = builder.enumType("PaymentPurpose", {
  description: "BILL: оплата услуг; ADVANCE: оплата авансом (6.2.3); AUTOPAY; CARD_VERIFICATION: 1 ₽ при привязке карты",
  values: {
    BILL: { description: "«Оплата услуг»: paying what is due" },
    ADVANCE: { description: "«Оплата авансом» after the preliminary calculation (6.2.3)" },
    AUTOPAY: { description: "«Автоплатеж»: charged by autopay without the customer" },
    CARD_VERIFICATION: { description: "«Проверка карты»: the 1 ₽ charged and returned when a card is bound for autopay" },
  } as const,
});
const PaymentChannelEnum = builder.enumType("PaymentChannel", {
  description: "«Способ платежа»: where the payment was made",
  values: {
    LKK: { description: "By card in the web cabinet" },
    AUTOPAY: { description: "By autopay" },
    MOBILE_APP: { description: "By card in the mobile app" },
    BANK: { description: "At a bank, imported by billing" },
    OFFICE: { description: "At the client office's cash desk, imported by billing" },
  } as const,
});

const supplierGlobalId = (id: number) => encodeGlobalID("Supplier", id);

// ───────────── amounts due (6.4.3) ─────────────

const SupplierAmountDueRef = builder.objectRef<SupplierAmountDue & { asOf: Date }>("SupplierAmountDue").implement({
  description: "«К оплате на ДД.ММ.ГГГГ: X р. в т.ч. пени Y р.» for one supplier of the account (figure 21)",
  fields: (t) => ({
    supplier: t.field({
      type: SupplierRef,
      nullable: false,
      description: "Who the amount is due to; pass `supplier.id` as `PaymentItemInput.supplierId`",
      resolve: (d) => d.supplier,
    }),
    supplierId: t.id({ description: "Deprecated: `supplier.id`", deprecationReason: "Use supplier", resolve: (d) => supplierGlobalId(d.supplier.id) }),
    supplierName: t.string({ description: "Deprecated: `supplier.name`", deprecationReason: "Use supplier", resolve: (d) => d.supplier.name }),
    supplierKind: t.field({
      description: "Deprecated: `supplier.kind`",
      type: SupplierKindEnum,
      deprecationReason: "Use supplier",
      resolve: (d) => d.supplier.kind,
    }),
    supplierInn: t.string({ description: "Deprecated: `supplier.inn`", deprecationReason: "Use supplier", resolve: (d) => d.supplier.inn }),
    separatePayment: t.boolean({
      description: "Deprecated: `supplier.separatePayment`",
      deprecationReason: "Use supplier",
      resolve: (d) => d.supplier.kind === "SEPARATE",
    }),
    asOf: t.field({ description: "«на ДД.ММ.ГГГГ»: today in the retailer's timezone", type: "Date", resolve: (d) => d.asOf }),
    total: t.field({ type: "Money", description: "К оплате (never negative)", resolve: (d) => d.total }),
    penalty: t.field({ type: "Money", description: "в т.ч. пени", resolve: (d) => d.penalty }),
  }),
});

builder.prismaObjectField(AccountRef, "amountDueBySupplier", (t) =>
  t.field({
    type: [SupplierAmountDueRef],
    description: "«Оплата услуг»: what is due to each supplier, to prefill the sums (retailer first)",
    select: { id: true },
    resolve: async (a, _args, ctx) => {
      const asOf = dayOf(ctx.clock.now(), ctx.config.timezone);
      return (await amountDueBySupplier(ctx.db, a.id, asOf)).map((d) => ({ ...d, asOf }));
    },
  }),
);

// ───────────── cards (6.4.2) ─────────────

const CardBrandEnum = builder.enumType("CardBrand", {
  description: "A card's payment system («платежная система»). New values may be added; treat unknown ones as OTHER.",
  values: Object.fromEntries(Object.entries(CARD_BRANDS).map(([k, description]) => [k, { description }])) as Record<
    keyof typeof CARD_BRANDS,
    { description: string }
  >,
});

export const SavedCardRef = builder.prismaNode("SavedCard", {
  description: "A card saved at the bank: only its masked number, brand and expiry are known here",
  id: { field: "id" },
  nullable: true,
  findUnique: (id, ctx) => ({ id: Number(id), userId: ctx.auth.kind === "user" ? ctx.auth.userId : -1, deletedAt: null }),
  fields: (t) => ({
    maskedPan: t.exposeString("maskedPan", { description: "220220******0005" }),
    brand: t.field({
      type: CardBrandEnum,
      nullable: true,
      description: "The card's payment system as the bank reported it; null when the bank did not say",
      resolve: (c) => cardBrandOf(c.brand),
    }),
    expiryMonth: t.exposeInt("expiryMonth", { description: "Expiry month, 1–12" }),
    expiryYear: t.exposeInt("expiryYear", { description: "Expiry year, four digits" }),
    expiry: t.string({
      description: "«до 09/26»: MM/YY",
      resolve: (c) => `${String(c.expiryMonth).padStart(2, "0")}/${String(c.expiryYear % 100).padStart(2, "0")}`,
    }),
    expired: t.boolean({ description: "Past its expiry: shown, but cannot pay", resolve: (c, _a, ctx) => cardExpired(c, ctx.clock.now()) }),
    createdAt: t.expose("createdAt", { description: "When it was saved", type: "DateTime" }),
  }),
});

builder.prismaObjectField(ViewerRef, "savedCards", (t) =>
  t.relation("savedCards", {
    deprecationReason: "Use cards",
    description: "«Выберите карту для оплаты»: cards saved with «Запомнить мою карту», newest first",
    query: { where: { deletedAt: null }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] },
  }),
);

builder.prismaObjectField(ViewerRef, "cards", (t) =>
  t.relatedConnection("savedCards", {
    cursor: "id",
    totalCount: true,
    description:
      "«Выберите карту для оплаты»: the customer's cards saved with «Запомнить мою карту», newest first, expired ones too (see `expired`); 20 a page by default, at most 100",
    query: { where: { deletedAt: null }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] },
  }),
);

// ───────────── payments, receipts ─────────────

const VatRateEnum = builder.enumType("VatRate", {
  description: "«Ставка НДС» of a receipt line (54-ФЗ)",
  values: {
    VAT22: { description: "«НДС 22%» (from 2026)" },
    VAT20: { description: "«НДС 20%» (before 2026)" },
    VAT10: { description: "«НДС 10%»" },
    VAT0: { description: "«НДС 0%»" },
    NONE: { description: "«Без НДС» (e.g. capital repair contributions)" },
  } satisfies Record<VatRate, { description: string }>,
});

const ReceiptLineRef = builder.objectRef<ReceiptLine>("ReceiptLine").implement({
  description: "Предмет расчета of a receipt: one supplier's part (one per VAT rate when the supplier's services differ)",
  fields: (t) => ({
    name: t.exposeString("name", { description: "«Предмет расчета»: what was paid for, as printed" }),
    price: t.field({ description: "Price per unit", type: "Money", resolve: (l) => l.price }),
    quantity: t.exposeInt("quantity", { description: "Quantity (1 for a supplier's part)" }),
    amount: t.field({ description: "The line's sum", type: "Money", resolve: (l) => l.amount }),
    vat: t.exposeString("vat", { description: "Ставка НДС as printed: «НДС 22%», «Без НДС»" }),
    vatRate: t.field({ type: VatRateEnum, description: "Ставка НДС: the line's service's catalogue rate", resolve: (l) => l.vatRate }),
    vatAmount: t.field({
      type: "Money",
      nullable: true,
      description: "Сумма НДС included in the amount, to the kopeck; null for «Без НДС»",
      resolve: (l) => l.vatAmount,
    }),
    paymentMethod: t.exposeString("paymentMethod", { description: "Признак способа расчета" }),
    paymentObject: t.exposeString("paymentObject", { description: "Признак предмета расчета" }),
    supplierInn: t.exposeString("supplierInn", {
      description: "ИНН of the supplier the line was paid to (the paying agent's principal), as printed on the fiscal receipt",
    }),
    supplierName: t.string({
      description:
        "Name of that supplier as printed; null when the receipt did not name one. A fiscal snapshot: see `PaymentItem.supplier` for the supplier itself",
      nullable: true,
      resolve: (l) => l.supplierName ?? null,
    }),
  }),
});

const ReceiptVatTotalRef = builder.objectRef<VatTotal>("ReceiptVatTotal").implement({
  description: "The receipt's sum at one VAT rate",
  fields: (t) => ({
    vatRate: t.field({ description: "The rate", type: VatRateEnum, resolve: (v) => v.rate }),
    label: t.exposeString("label", { description: "«НДС 22%», «Без НДС»" }),
    amount: t.field({ type: "Money", description: "Sum of the lines at this rate", resolve: (v) => v.amount }),
    vatAmount: t.field({ type: "Money", nullable: true, description: "Сумма НДС of those lines; null for «Без НДС»", resolve: (v) => v.vatAmount }),
  }),
});

const ReceiptSellerRef = builder.objectRef<{ name: string; inn: string; address: string | null }>("ReceiptSeller").implement({
  description: "The seller printed on the receipt: the retailer (a paying agent for the other suppliers)",
  fields: (t) => ({
    name: t.exposeString("name", { description: "Name as on the receipt" }),
    inn: t.exposeString("inn", { description: "ИНН: 10 digits" }),
    address: t.exposeString("address", { nullable: true, description: "Address of settlement as printed" }),
  }),
});

builder.prismaObject("Receipt", {
  name: "PaymentReceipt",
  description: "Кассовый чек (54-ФЗ) of a payment",
  fields: (t) => ({
    number: t.exposeInt("number", { description: "Чек №" }),
    shiftNumber: t.exposeInt("shiftNumber", { description: "Смена №" }),
    issuedAt: t.expose("issuedAt", { description: "When the receipt was issued", type: "DateTime" }),
    operation: t.exposeString("operation", { description: "Признак расчета: Приход" }),
    taxation: t.exposeString("taxation", { description: "СНО" }),
    total: t.field({ description: "«Итог»: the receipt's total", type: "Money", resolve: (r) => r.total }),
    lines: t.field({ description: "«Предметы расчета»: one line per supplier (and VAT rate)", type: [ReceiptLineRef], resolve: (r) => receiptLines(r) }),
    vatTotals: t.field({
      type: [ReceiptVatTotalRef],
      description: "Sums per VAT rate, in the order «НДС 22%» … «Без НДС»",
      resolve: (r) => vatTotals(receiptLines(r)),
    }),
    fnNumber: t.exposeString("fnNumber", { description: "ФН №" }),
    fiscalDocumentNumber: t.exposeString("fiscalDocumentNumber", { description: "ФД №" }),
    fiscalSign: t.exposeString("fiscalSign", { description: "ФП" }),
    kktRegNumber: t.exposeString("kktRegNumber", { description: "РН ККТ" }),
    buyerContact: t.string({
      nullable: true,
      description: "Эл. адрес покупателя: for the payer only (another customer of the account gets null)",
      select: { payment: { select: { userId: true } } },
      resolve: (r, _a, ctx) => (seesBuyerContact(ctx, r.payment.userId) ? r.buyerContact : null),
    }),
    siteUrl: t.exposeString("siteUrl", { description: "Сайт ФНС для проверки чека" }),
    placeOfSettlement: t.string({ description: "«Место расчетов»: the cabinet's address", resolve: (_r, _a, ctx) => ctx.config.publicUrl }),
    seller: t.field({ description: "The seller as printed", type: ReceiptSellerRef, resolve: (_r, _a, ctx) => sellerOf(ctx.db) }),
    qrText: t.string({ description: "The receipt's QR code content (ФНС format)", resolve: (r, _a, ctx) => receiptQrText(r, ctx.config.timezone) }),
  }),
});

builder.prismaObject("PaymentItem", {
  description: "The part of a payment that goes to one supplier",
  fields: (t) => ({
    supplier: t.relation("supplier", { description: "Who this part of the payment goes to" }),
    supplierId: t.id({ description: "Deprecated: `supplier.id`", deprecationReason: "Use supplier", resolve: (i) => supplierGlobalId(i.supplierId) }),
    supplierName: t.string({
      description: "Deprecated: `supplier.name`",
      deprecationReason: "Use supplier",
      select: { supplier: { select: { name: true } } },
      resolve: (i) => i.supplier.name,
    }),
    supplierKind: t.field({
      description: "Deprecated: `supplier.kind`",
      type: SupplierKindEnum,
      deprecationReason: "Use supplier",
      select: { supplier: { select: { kind: true } } },
      resolve: (i) => i.supplier.kind,
    }),
    amount: t.field({ description: "Roubles paid to this supplier", type: "Money", resolve: (i) => i.amount }),
  }),
});

export const PaymentRef = builder.prismaNode("Payment", {
  description: "A payment to the account: by card in the cabinet, autopay, or imported (bank, office)",
  id: { field: "id" },
  nullable: true,
  findUnique: (id, ctx) => ({ id: Number(id), AND: [{ account: visibleAccounts(ctx) }] }),
  fields: (t) => ({
    account: t.relation("account", { description: "The personal account paid for" }),
    amount: t.field({ description: "Total paid, roubles", type: "Money", resolve: (p) => p.amount }),
    status: t.expose("status", { description: "Where the payment is", type: PaymentStatusEnum }),
    statusText: t.string({ description: "The status as the cabinet shows it: «Оплачен», «Не выполнен» …", resolve: (p) => STATUS_TEXT[p.status] }),
    purpose: t.expose("purpose", { description: "What it was for", type: PaymentPurposeEnum }),
    purposeText: t.string({ description: "The purpose as shown: «Оплата услуг», «Оплата авансом» …", resolve: (p) => PURPOSE_TEXT[p.purpose] }),
    channel: t.expose("channel", { description: "Where it was made", type: PaymentChannelEnum }),
    channelText: t.string({ description: "«Способ платежа» (figure 29): «Газпромбанк ЛКК»", resolve: (p) => p.channelLabel ?? CHANNEL_TEXT[p.channel] }),
    createdAt: t.expose("createdAt", { description: "When it was started", type: "DateTime" }),
    paidAt: t.expose("paidAt", { description: "«Дата платежа»: when the bank confirmed it; null until then", type: "DateTime", nullable: true }),
    failureReason: t.exposeString("failureReason", { nullable: true, description: "Why the bank declined (FAILED, CANCELLED)" }),
    items: t.relation("items", { description: "How it is split between suppliers", query: { orderBy: { id: "asc" } } }),
    receipt: t.relation("receipt", { description: "«Чек» (54-ФЗ), once paid; null before", nullable: true }),
    card: t.field({
      type: SavedCardRef,
      nullable: true,
      description: "The saved card paid with or saved by this payment: for the card's owner only",
      select: { savedCard: true },
      resolve: (p, _a, ctx) =>
        p.savedCard && (ctx.auth.kind === "staff" || (ctx.auth.kind === "user" && ctx.auth.userId === p.savedCard.userId)) ? p.savedCard : null,
    }),
    confirmationUrl: t.string({
      nullable: true,
      description: "The bank's card page while the payment waits there (for its payer only)",
      resolve: (p, _a, ctx) => (p.status === "PENDING" && ctx.auth.kind === "user" && ctx.auth.userId === p.userId ? p.bankPageUrl : null),
    }),
  }),
});

builder.prismaObjectField(AccountRef, "paymentHistory", (t) =>
  t.relatedConnection("payments", {
    description: "«История платежей» (6.4.5): payments the bank confirmed, newest first",
    cursor: "id",
    extensions: { workCost: { perRow: 2 } },
    totalCount: true,
    query: () => ({
      where: { status: { in: ["SUCCEEDED", "REFUNDED"] }, purpose: { not: "CARD_VERIFICATION" } },
      orderBy: [{ paidAt: "desc" }, { id: "desc" }],
    }),
  }),
);

// ───────────── live status ─────────────

builder.subscriptionField("paymentStatusChanged", (t) =>
  t.field({
    type: PaymentRef,
    description: "Status changes of the signed-in customer's payments (the bank's webhook, autopay); one payment when paymentId is given",
    authScopes: { user: true },
    args: {
      paymentId: t.arg.globalID({
        for: [PaymentRef],
        required: false,
        description: "Only this payment (`Payment.id`); omit for all of the customer's payments",
      }),
    },
    subscribe: (_r, args, ctx) => {
      const events = ctx.pubsub.subscribe("payment:status-changed", ctx.auth.kind === "user" ? ctx.auth.userId : -1);
      const only = args.paymentId ? Number(args.paymentId.id) : null;
      return only === null
        ? events
        : pipe(
            events,
            filter((e) => e.paymentId === only),
          );
    },
    resolve: async (payload, _a, ctx) => {
      const { paymentId } = payload as unknown as { paymentId: number };
      return ctx.db.payment.findFirstOrThrow({ where: { id: paymentId, userId: ctx.auth.kind === "user" ? ctx.auth.userId : -1 } });
    },
  }),
);

export type { SavedCard };
