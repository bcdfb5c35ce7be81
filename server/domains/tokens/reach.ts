// What a personal API token may reach — the one list. The root types and the customer's types
// below refuse every field to a token (top-level FORBIDDEN) unless the field is listed here with
// the scopes that open it; fields listed are open to a token holding any one of them (and to
// every other caller as before). A new field is therefore closed to tokens until added: a token
// can never pay, change the profile, link accounts or make tokens. Applied through scope-auth by
// graphql/token-reach.ts (type-level `authScopes: { notPersonalToken }`, per-field overrides).
import type { ApiTokenScope } from "../../context.js";

const ANY: ApiTokenScope[] = ["account:read", "readings:read", "readings:write"];
const ACCOUNT: ApiTokenScope[] = ["account:read"];
const METERS: ApiTokenScope[] = ["readings:read", "readings:write"];

export const TOKEN_REACH: Record<string, Record<string, ApiTokenScope[]>> = {
  Query: { viewer: ANY, readingsWindow: METERS },
  Mutation: { meterReadingsSubmit: ["readings:write"] },
  Subscription: {},
  Viewer: { id: ANY, accounts: ANY, activeAccount: ANY },
  Account: {
    id: ANY,
    number: ANY,
    // account:read — the header, «Объект», «Тарифы», «Начисления», квитанции, «История платежей»
    address: ACCOUNT,
    ownerFullName: ACCOUNT,
    amountDue: ACCOUNT,
    amountDueBySupplier: ACCOUNT,
    objectParameters: ACCOUNT,
    tariffs: ACCOUNT,
    charges: ACCOUNT,
    consumptionComparison: ACCOUNT,
    chargesExport: ACCOUNT,
    paymentHistoryExport: ACCOUNT,
    invoices: ACCOUNT,
    paymentHistory: ACCOUNT,
    // readings — the meters (to submit for, readings:write) and «История показаний»
    meters: METERS,
    readingHistory: ["readings:read"],
    readingHistoryExport: ["readings:read"],
  },
};
