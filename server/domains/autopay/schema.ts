// GraphQL surface of «Автоплатежи» (6.4.4): Account.autopay (status «Подключен» / «Не подключен»,
// mode, day, maximum, card, the next date and the last run), `autopaySet` (connect or edit, with a
// saved card or «Новая карта» through the bank's 1 ₽ verification) and `autopayDisable`.
// Thin: the rules live in settings.ts, rules.ts and job.ts.
import { encodeGlobalID } from "@pothos/plugin-relay";
import type { Autopay } from "../../db/generated/prisma/client.js";
import { builder } from "../../graphql/builder.js";
import { requireUser } from "../../graphql/require-user.js";
import { mutationPayload, payloadType } from "../../graphql/user-errors.js";
import { dateValue, localDate, localDay, periodOf } from "../../shared/calendar.js";
import type { Money } from "../../shared/money.js";
import { visibleAccounts } from "../accounts/access.js";
import { AccountRef } from "../accounts/schema.js";
import { PaymentRef, SavedCardRef } from "../payments/schema.js";
import { RUN_STATUS_TEXT } from "./outcome.js";
import type { Context } from "../../context.js";
import { MODE_TEXT, nextChargeDate, OTHER_USER_STATUS_TEXT, ownedByOther, STATUS_TEXT } from "./rules.js";
import { disableAutopay, setAutopay } from "./settings.js";

const AutopayModeEnum = builder.enumType("AutopayMode", {
  description: "«Способ списания»: when autopay charges the card (6.4.4)",
  values: {
    DAY_OF_MONTH: { description: "«В назначенный день (с 1 по 27 число месяца)»: on `day`" },
    LAST_DAY: { description: "«В последний день месяца»" },
    ON_INVOICE: { description: "«По факту выставления счета»: when the month's invoice is issued" },
  } as const,
});
const AutopayStatusEnum = builder.enumType("AutopayStatus", {
  description: "Whether autopay is on for the account",
  values: {
    ACTIVE: { description: "«Подключен»: it will charge" },
    PENDING_CARD: { description: "«Не подключен» yet: waiting for the bank to confirm the new card (the 1 ₽ check)" },
    DISABLED: { description: "«Не подключен»: switched off, or its card was deleted" },
  } as const,
});
const AutopayRunStatusEnum = builder.enumType("AutopayRunStatus", {
  description: "Outcome of one autopay charge",
  values: {
    STARTED: { description: "«Выполняется»: charging, or the bank has not answered yet" },
    SUCCEEDED: { description: "«Выполнен»: charged" },
    FAILED: { description: "«Не выполнен»: the bank declined it (see `reason`)" },
    SKIPPED: { description: "«Не потребовался»: nothing was due" },
  } as const,
});
const AutopayReturnToEnum = builder.enumType("AutopayReturnTo", {
  description: "Where the bank sends the customer back after binding a new card: «Оплата» or «Профиль» → «Автоплатежи»",
  values: { PAYMENT: { description: "The «Оплата» page" }, PROFILE: { description: "«Профиль» → «Автоплатежи»" } } as const,
});

const AutopayRunRef = builder.prismaObject("AutopayRun", {
  description: "One month's autopay: the charge made, or why there was none",
  fields: (t) => ({
    period: t.expose("period", { type: "Period", description: "The month of the charge" }),
    status: t.expose("status", { description: "The charge's outcome", type: AutopayRunStatusEnum }),
    statusText: t.string({ description: "The outcome as shown: «Выполнен», «Не выполнен» …", resolve: (r) => RUN_STATUS_TEXT[r.status] }),
    amount: t.field({ description: "Roubles charged (or tried); null when nothing was due", type: "Money", nullable: true, resolve: (r) => r.amount }),
    reason: t.exposeString("error", { nullable: true, description: "Why nothing was charged (FAILED, SKIPPED): the bank's reason or ours" }),
    createdAt: t.expose("createdAt", { description: "When the charge ran", type: "DateTime" }),
    payment: t.relation("payment", { description: "The payment it made; null when none", nullable: true }),
  }),
});

/** Another customer of the account looks at this autopay: its card and verification stay hidden. */
const othersAutopay = (a: Autopay, ctx: Context) => ctx.auth.kind === "user" && a.userId !== ctx.auth.userId;

export const AutopayRef = builder.prismaNode("Autopay", {
  description: "Автоплатеж of an account (6.4.4): one per account, visible to the customers linked to it",
  id: { field: "id" },
  nullable: true,
  findUnique: (id, ctx) => ({ id: Number(id), AND: [{ account: visibleAccounts(ctx) }] }),
  fields: (t) => ({
    account: t.relation("account", { description: "The personal account it pays" }),
    status: t.expose("status", { description: "Whether it is on", type: AutopayStatusEnum }),
    connected: t.boolean({ description: "«Подключен»", resolve: (a) => a.status === "ACTIVE" }),
    statusText: t.string({
      description: "«Подключен» / «Не подключен»; «Автоплатеж подключен другим пользователем» when another customer of the account connected it",
      resolve: (a, _args, ctx) => (ctx.auth.kind === "user" && ownedByOther(a, ctx.auth.userId) ? OTHER_USER_STATUS_TEXT : STATUS_TEXT[a.status]),
    }),
    connectedByOtherUser: t.boolean({
      description: "Connected by another customer of the account: only they may change or switch it off, and its card is not shown",
      resolve: (a, _args, ctx) => ctx.auth.kind === "user" && ownedByOther(a, ctx.auth.userId),
    }),
    mode: t.expose("mode", { description: "«Способ списания»", type: AutopayModeEnum }),
    modeText: t.string({ description: "«В назначенный день (с 1 по 27 число месяца)» …", resolve: (a) => MODE_TEXT[a.mode] }),
    day: t.exposeInt("day", { nullable: true, description: "День списания (1–27) for DAY_OF_MONTH" }),
    maxAmount: t.field({ type: "Money", description: "Максимальная сумма списания", resolve: (a) => a.maxAmount }),
    card: t.field({
      type: SavedCardRef,
      nullable: true,
      description: "The card charged (null while a new card is being verified, once it was deleted, and for every customer but the one who connected it)",
      select: { card: true },
      resolve: (a, _args, ctx) => (a.card && !a.card.deletedAt && !othersAutopay(a, ctx) ? a.card : null),
    }),
    cardVerification: t.field({
      type: PaymentRef,
      nullable: true,
      description: "While PENDING_CARD: the latest 1 ₽ verification of a new card — PENDING at the bank, or FAILED/CANCELLED with failureReason",
      resolve: (a, _args, ctx) =>
        a.status === "PENDING_CARD" && !othersAutopay(a, ctx)
          ? ctx.db.payment.findFirst({ where: { accountId: a.accountId, userId: a.userId, purpose: "CARD_VERIFICATION" }, orderBy: { id: "desc" } })
          : null,
    }),
    nextChargeOn: t.field({
      type: "Date",
      nullable: true,
      description: "The next charge date of an ACTIVE autopay on a fixed date; null for ON_INVOICE (after the invoice) and when not connected",
      resolve: async (a, _args, ctx) => {
        if (a.status !== "ACTIVE") return null;
        const tz = ctx.config.timezone;
        const now = ctx.clock.now();
        const today = localDay(localDate(now, tz));
        const ran = !!(await ctx.db.autopayRun.findUnique({
          where: { autopayId_period: { autopayId: a.id, period: periodOf(now, tz) } },
          select: { id: true },
        }));
        const next = nextChargeDate({ mode: a.mode, day: a.day, changedOn: localDate(a.updatedAt, tz) }, today, ran);
        return next ? dateValue(next) : null;
      },
    }),
    lastRun: t.field({
      description: "The latest charge; null before the first",
      type: AutopayRunRef,
      nullable: true,
      resolve: (a, _args, ctx) => ctx.db.autopayRun.findFirst({ where: { autopayId: a.id }, orderBy: [{ period: "desc" }, { id: "desc" }] }),
    }),
    createdAt: t.expose("createdAt", { description: "When it was set up", type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { description: "When it was last changed", type: "DateTime" }),
  }),
});

builder.prismaObjectField(AccountRef, "autopay", (t) =>
  t.relation("autopay", { nullable: true, description: "«Автоплатежи» (6.4.4): null when never set up; status DISABLED once switched off" }),
);

/** Where the bank sends the customer back after a new card's verification. */
export function autopayReturnUrl(publicUrl: string, to: "PAYMENT" | "PROFILE", paymentId: number): string {
  const q = new URLSearchParams({ autopayCard: encodeGlobalID("Payment", paymentId) });
  return to === "PROFILE" ? `${publicUrl}/profile/autopay?${q}` : `${publicUrl}/payment?${q}#autopay`;
}

type AutopayPayload = { autopay: Autopay; confirmationUrl: string | null };

builder.mutationField("autopaySet", (t) =>
  t.field({
    type: payloadType<AutopayPayload>("AutopaySetPayload", (p) => ({
      autopay: p.field({ type: AutopayRef, nullable: true, description: "The account's autopay as it is now", resolve: (r) => r.autopay ?? null }),
      account: p.field({
        type: AccountRef,
        nullable: true,
        description: "The account, to refresh its autopay",
        resolve: (r, _a, ctx) => (r.autopay ? ctx.db.account.findUnique({ where: { id: r.autopay.accountId } }) : null),
      }),
      confirmationUrl: p.string({
        nullable: true,
        description:
          "With newCard: the bank's page for the 1 ₽ verification — send the customer there; the autopay turns ACTIVE when the bank confirms the card",
        resolve: (r) => r.confirmationUrl ?? null,
      }),
    })),
    description:
      "«Подключить автоплатеж» / edit (6.4.4.1, 6.4.4.2) for one account: the mode, the day (1–27, DAY_OF_MONTH only), the maximum, and a saved card (ACTIVE at once) or newCard (PENDING_CARD until the bank confirms the 1 ₽ verification, which is returned).",
    args: {
      input: t.arg({
        type: builder.inputType("AutopaySetInput", {
          fields: (f) => ({
            accountId: f.globalID({ for: [AccountRef], description: "The personal account (`Account.id`)" }),
            mode: f.field({ type: AutopayModeEnum, description: "«Способ списания»" }),
            day: f.int({ required: false, description: "День списания, 1–27 (DAY_OF_MONTH)" }),
            maxAmount: f.field({ type: "Money", description: "Максимальная сумма списания, > 0" }),
            cardId: f.globalID({ for: [SavedCardRef], required: false, description: "A saved card of the customer; omit with newCard" }),
            newCard: f.boolean({ required: false, defaultValue: false, description: "«Новая карта»: bind one on the bank's page (1 ₽, returned)" }),
            idempotencyKey: f.string({ required: false, description: "Required with newCard (a UUID per attempt): repeats return the same bank page" }),
            returnTo: f.field({
              type: AutopayReturnToEnum,
              required: false,
              defaultValue: "PAYMENT",
              description: "With newCard: the page the bank returns the customer to",
            }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => {
        const { userId } = requireUser(ctx);
        return setAutopay(ctx, {
          userId,
          accountId: Number(input.accountId.id),
          mode: input.mode,
          day: input.day ?? null,
          maxAmount: input.maxAmount as Money,
          cardId: input.cardId ? Number(input.cardId.id) : null,
          newCard: !!input.newCard,
          idempotencyKey: input.idempotencyKey ?? null,
          returnUrl: (id) => autopayReturnUrl(ctx.config.publicUrl, input.returnTo ?? "PAYMENT", id),
          clientAddress: ctx.clientAddress,
        });
      }),
  }),
);

builder.mutationField("autopayDisable", (t) =>
  t.field({
    type: payloadType<{ autopay: Autopay }>("AutopayDisablePayload", (p) => ({
      autopay: p.field({ type: AutopayRef, nullable: true, description: "The account's autopay as it is now", resolve: (r) => r.autopay ?? null }),
      account: p.field({
        type: AccountRef,
        nullable: true,
        description: "The account, to refresh its autopay",
        resolve: (r, _a, ctx) => (r.autopay ? ctx.db.account.findUnique({ where: { id: r.autopay.accountId } }) : null),
      }),
    })),
    description: "«Отключить» → «Удалить» (6.4.4.3): the account's autopay becomes «Не подключен» (the client confirms first)",
    args: {
      input: t.arg({
        type: builder.inputType("AutopayDisableInput", {
          fields: (f) => ({ accountId: f.globalID({ for: [AccountRef], description: "The personal account (`Account.id`)" }) }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => {
        const { userId } = requireUser(ctx);
        return { autopay: await disableAutopay(ctx, { userId, accountId: Number(input.accountId.id), clientAddress: ctx.clientAddress }) };
      }),
  }),
);
