// The Supplier type («поставщик услуги»): who a service is bought from and paid to, with the
// requisites printed on the invoice (квитанция). Reference data kept by admins, public like the
// invoice itself, so any caller may read it.
import { builder } from "../../graphql/builder.js";

export const SupplierKindEnum = builder.enumType("SupplierKind", {
  description: "How a supplier is paid («Оплата услуг», 6.4.3)",
  values: {
    RETAILER: { description: "The retailer itself: its services are paid together in one payment («в общем расщеплении»)" },
    SEPARATE: { description: "A supplier that takes only a payment of its own («отдельным платежом»)" },
    WASTE_OPERATOR: { description: "The regional waste operator («региональный оператор по обращению с ТКО»)" },
    CAPITAL_REPAIR: { description: "A capital repair fund («фонд капитального ремонта»)" },
  } as const,
});

export const SupplierRef = builder.prismaNode("Supplier", {
  description: "A supplier («поставщик услуги») of the account's services, with the bank details printed on the invoice («квитанция»)",
  id: { field: "id" },
  nullable: true,
  findUnique: (id) => ({ id: Number(id) }),
  fields: (t) => ({
    name: t.exposeString("name", { description: "Full name as on the invoice, e.g. «АО «Газпром энергосбыт Тюмень»»" }),
    kind: t.expose("kind", { type: SupplierKindEnum, description: "How the supplier is paid" }),
    separatePayment: t.boolean({
      description: "True when the supplier takes only a payment of its own («отдельным платежом»): `paymentCreate` must name it alone",
      resolve: (s) => s.kind === "SEPARATE",
    }),
    inn: t.exposeString("inn", { description: "ИНН: 10 digits (a legal entity)" }),
    kpp: t.exposeString("kpp", { nullable: true, description: "КПП: 9 digits; null when the supplier has none" }),
    bankName: t.exposeString("bankName", { description: "Банк получателя" }),
    bik: t.exposeString("bik", { description: "БИК of the bank: 9 digits" }),
    bankAccount: t.exposeString("bankAccount", { description: "Расчетный счет: 20 digits" }),
    corrAccount: t.exposeString("corrAccount", { description: "Корреспондентский счет of the bank: 20 digits" }),
    address: t.exposeString("address", { nullable: true, description: "Юридический адрес" }),
    phone: t.exposeString("phone", { nullable: true, description: "Телефон as printed, e.g. «8-800-250-70-07»" }),
  }),
});
