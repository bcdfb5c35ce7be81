// GraphQL mutations of payments (manual 6.4): paying («Оплатить»: paymentCreate), deleting a
// saved card and the receipt as a PDF. Thin: the rules live in the services next to this file.
import { encodeGlobalID } from "@pothos/plugin-relay";
import { rowIdOf } from "../../graphql/global-id.js";
import type { Payment } from "../../db/generated/prisma/client.js";
import { builder } from "../../graphql/builder.js";
import { requireUser } from "../../graphql/require-user.js";
import { mutationPayload, payloadType } from "../../graphql/user-errors.js";
import { userError } from "./errors.js";
import type { Money } from "../../shared/money.js";
import { AccountRef } from "../accounts/schema.js";
import { createDocumentLink } from "../documents/create-link.js";
import { DocumentLinkRef, type DocumentLinkShape } from "../documents/schema.js";
import { ViewerRef } from "../identity/schema.js";
import { deleteSavedCard } from "./cards.js";
import { createPayment } from "./create.js";
import { SavedCardRef, PaymentRef } from "./schema.js";

// ───────────── paymentCreate ─────────────

const PaymentItemInput = builder.inputType("PaymentItemInput", {
  fields: (t) => ({
    supplierId: t.id({ description: "The supplier's id: `SupplierAmountDue.supplier.id`" }),
    amount: t.field({ type: "Money", description: "Сумма к оплате этому поставщику; 0 leaves the supplier out" }),
  }),
});

const PaymentCreatePurposeEnum = builder.enumType("PaymentCreatePurpose", {
  description: "What a card payment is for",
  values: {
    BILL: { description: "«Оплата услуг»: what is due" },
    ADVANCE: { description: "«Оплатить авансом»: the preliminary calculation's sum, after its acknowledgment (6.2.3)" },
  } as const,
});
const PaymentCreateChannelEnum = builder.enumType("PaymentCreateChannel", {
  description: "Where the customer pays from (shown as «Способ платежа»)",
  values: { WEB: { description: "The web cabinet" }, MOBILE_APP: { description: "The retailer's mobile app" } } as const,
});

function supplierIdOf(globalId: string, index: number): number {
  const id = rowIdOf(globalId, "Supplier");
  if (id !== null) return id;
  throw userError("SUPPLIER_NOT_FOUND", ["input", "items", String(index), "supplierId"]);
}

/** Where the bank sends the customer back: the live result page of the web client. */
export const paymentResultUrl = (publicUrl: string, paymentId: number) =>
  `${publicUrl}/payment/result?${new URLSearchParams({ payment: encodeGlobalID("Payment", paymentId) })}`;

builder.mutationField("paymentCreate", (t) =>
  t.field({
    type: payloadType<{ payment: Payment; confirmationUrl: string | null }>("PaymentCreatePayload", (p) => ({
      payment: p.field({ description: "The payment (PENDING until the bank answers)", type: PaymentRef, nullable: true, resolve: (r) => r.payment ?? null }),
      confirmationUrl: p.string({
        nullable: true,
        description: "The bank's card page: send the customer there; null when the payment is already over",
        resolve: (r) => r.confirmationUrl ?? null,
      }),
    })),
    description:
      "«Оплатить» (6.4.3): a card payment of the account's suppliers. Repeating the idempotencyKey returns the same payment. Go to confirmationUrl; the bank returns to /payment/result and paymentStatusChanged reports the outcome.",
    args: {
      input: t.arg({
        type: builder.inputType("PaymentCreateInput", {
          fields: (f) => ({
            accountId: f.globalID({ description: "The personal account to pay for (`Account.id`)", for: [AccountRef] }),
            items: f.field({ type: [PaymentItemInput], description: "Per supplier; a SEPARATE supplier only on its own" }),
            purpose: f.field({
              description: "BILL by default; ADVANCE for «Оплатить авансом»",
              type: PaymentCreatePurposeEnum,
              required: false,
              defaultValue: "BILL",
            }),
            savedCardId: f.globalID({ for: [SavedCardRef], required: false, description: "A saved card; omit for «Другая карта»" }),
            idempotencyKey: f.string({ description: "Unique per attempt (a UUID): repeats return the same payment" }),
            channel: f.field({
              description: "Where the customer pays from; WEB by default",
              type: PaymentCreateChannelEnum,
              required: false,
              defaultValue: "WEB",
            }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => {
        const { userId } = requireUser(ctx);
        const r = await createPayment(ctx, {
          userId,
          accountId: Number(input.accountId.id),
          items: input.items.map((i, index) => ({ supplierId: supplierIdOf(String(i.supplierId), index), amount: i.amount as Money })),
          purpose: input.purpose ?? "BILL",
          savedCardId: input.savedCardId ? Number(input.savedCardId.id) : null,
          idempotencyKey: input.idempotencyKey,
          returnUrl: (id) => paymentResultUrl(ctx.config.publicUrl, id),
          channel: input.channel === "MOBILE_APP" ? "MOBILE_APP" : "LKK",
        });
        return { payment: r.payment, confirmationUrl: r.pageUrl };
      }),
  }),
);

// ───────────── savedCardDelete ─────────────

builder.mutationField("savedCardDelete", (t) =>
  t.field({
    type: payloadType<{ deletedCardId: string; disabledAutopays: number; userId: number }>("SavedCardDeletePayload", (p) => ({
      deletedCardId: p.id({ description: "The deleted card's ID", nullable: true, resolve: (r) => r.deletedCardId ?? null }),
      disabledAutopays: p.int({ description: "Autopays that charged this card and are now «Не подключен»", resolve: (r) => r.disabledAutopays ?? 0 }),
      viewer: p.field({
        description: "The viewer, to refresh the list of cards",
        type: ViewerRef,
        nullable: true,
        resolve: (r, _a, ctx) => (r.userId ? ctx.db.user.findUnique({ where: { id: r.userId } }) : null),
      }),
    })),
    description: "Deletes a saved card (6.4.2); an autopay charging it is switched off (6.4.4.2)",
    args: {
      input: t.arg({
        type: builder.inputType("SavedCardDeleteInput", {
          fields: (f) => ({ cardId: f.globalID({ for: [SavedCardRef], description: "The card (`SavedCard.id`)" }) }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => {
        const { userId } = requireUser(ctx);
        const r = await deleteSavedCard(ctx, userId, Number(input.cardId.id), ctx.clientAddress);
        return { deletedCardId: encodeGlobalID("SavedCard", r.card.id), disabledAutopays: r.disabledAutopayAccountIds.length, userId };
      }),
  }),
);

// ───────────── the receipt as a PDF (6.4.5, figure 30) ─────────────

builder.mutationField("paymentReceiptPdfCreate", (t) =>
  t.field({
    type: payloadType<{ document: DocumentLinkShape }>("PaymentReceiptPdfCreatePayload", (p) => ({
      document: p.field({
        description: "The signed link to the receipt's PDF (valid for minutes: see `expiresAt`)",
        type: DocumentLinkRef,
        nullable: true,
        resolve: (r) => r.document,
      }),
    })),
    description: "«Чек» to save or print: a short-lived link to the receipt as a PDF",
    args: {
      input: t.arg({
        type: builder.inputType("PaymentReceiptPdfCreateInput", {
          fields: (f) => ({ paymentId: f.globalID({ for: [PaymentRef], description: "A payment with a receipt (`Payment.id`)" }) }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => {
        const document = await createDocumentLink(ctx, "payment-receipt", { paymentId: Number(input.paymentId.id) });
        return { document };
      }),
  }),
);
