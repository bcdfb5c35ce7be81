// The fixed scopes of personal API tokens, as the GraphQL enum ApiTokenScope and in Russian.
import type { ApiTokenScope } from "../../context.js";
import { builder } from "../../graphql/builder.js";

export const SCOPE_TEXT: Record<ApiTokenScope, string> = {
  "account:read": "Просмотр лицевого счета: шапка, объект, тарифы, начисления, квитанции, история платежей",
  "readings:read": "Просмотр приборов учета и истории показаний",
  "readings:write": "Передача показаний",
};

export const ApiTokenScopeEnum = builder.enumType("ApiTokenScope", {
  description: "What a personal API token («токен доступа») may do; it can never pay, change the profile, link accounts or make tokens",
  values: {
    ACCOUNT_READ: {
      value: "account:read",
      description:
        "`account:read`: read the accounts' header («шапка»: number, address, owner, amount due), «Объект», «Тарифы», «Начисления», invoices («квитанции») and «История платежей»",
    },
    READINGS_READ: { value: "readings:read", description: "`readings:read`: read the meters («приборы учета») and «История показаний»" },
    READINGS_WRITE: {
      value: "readings:write",
      description: "`readings:write`: submit meter readings («Передать показания», `meterReadingsSubmit`); lists the meters to submit for",
    },
  } as const,
});
