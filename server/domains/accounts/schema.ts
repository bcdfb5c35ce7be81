import { builder } from "../../graphql/builder.js";
import { dayOf } from "../../shared/calendar.js";
import { visibleAccounts } from "./access.js";
import { accountPart } from "./home-loader.js";

export const AccountRef = builder.prismaNode("Account", {
  description: "Лицевой счёт (ЛС) and the object it is opened for",
  id: { field: "id" },
  nullable: true, // a node that is missing or not yours resolves to null, not an error
  findUnique: (id, ctx) => ({ id: Number(id), AND: [visibleAccounts(ctx)] }),
  fields: (t) => ({
    number: t.exposeString("number", { description: "10-digit account number" }),
    // No Prisma `select` on these fields: an Account row has every column (the type is in include
    // mode), and one read by home-loader.ts must not be fetched again to check.
    ownerFullName: t.string({
      description: "«ФИО» of the account's owner: surname, name, patronymic",
      resolve: (a) => [a.ownerLastName, a.ownerFirstName, a.ownerMiddleName].filter(Boolean).join(" "),
    }),
    address: t.exposeString("address", { description: "Address of the object («адрес объекта»)" }),
    amountDue: t.field({
      description: "«К оплате» today: what is due over all suppliers, with the penalty included",
      type: AmountDueRef,
      resolve: async (a, _args, ctx) => ({
        ...(await accountPart(ctx, a.id, "amountDue")),
        asOf: dayOf(ctx.clock.now(), ctx.config.timezone),
      }),
    }),
  }),
});

interface AmountDueShape {
  asOf: Date;
  total: import("../../shared/money.js").Money;
  penalty: import("../../shared/money.js").Money;
}

const AmountDueRef = builder.objectRef<AmountDueShape>("AmountDue").implement({
  description: "«К оплате на ДД.ММ.ГГГГ: X р. в т.ч. пени Y р.»",
  fields: (t) => ({
    asOf: t.field({ description: "«на ДД.ММ.ГГГГ»: today in the retailer's timezone", type: "Date", resolve: (d) => d.asOf }),
    total: t.field({ description: "«К оплате»: roubles due, never negative (an overpayment shows as 0)", type: "Money", resolve: (d) => d.total }),
    penalty: t.field({ description: "«в т.ч. пени»: the part of `total` that is penalty", type: "Money", resolve: (d) => d.penalty }),
  }),
});
