// The scopes a partner key («ключ партнера», X-Api-Key) can hold: stored as "area:action"
// strings on ApiKey.scopes, published as the enum PartnerScope (GraphQL names cannot hold ":").
export const PARTNER_SCOPES = {
  "readings:write": {
    name: "READINGS_WRITE",
    description: "Submit meter readings («Передать показания») for any personal account with `meterReadingsSubmit` (automatic metering systems, АСКУЭ).",
  },
} as const;
export type PartnerScope = keyof typeof PARTNER_SCOPES;

export const isPartnerScope = (s: string): s is PartnerScope => Object.hasOwn(PARTNER_SCOPES, s);
