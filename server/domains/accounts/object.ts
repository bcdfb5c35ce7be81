// «Объект» block (6.1): the object's parameters as label/value lines, by object type — rooms
// only for flats, areas only when known, then any type-specific extras kept as data. The client
// office links to its page on the company's site, or to the site itself (SITE_URL) — manual 6.1:
// «ссылка на страницу официального сайта Общества с адресом клиентского офиса».
import type { Account, ClientOffice } from "../../db/generated/prisma/client.js";

/** What «Объект» shows of the account's client office. */
export type OfficeLink = Pick<ClientOffice, "address" | "url">;

export interface ObjectParameter {
  label: string;
  value: string;
  /** Where the value links to (the client office's page); none for plain values. */
  url?: string | null;
}

const area = (v: unknown) =>
  v === null || v === undefined
    ? null
    : `${String(v)
        .replace(/\.0+$/, "")
        .replace(/(\.\d*?)0+$/, "$1")} м²`;

/** An http(s) address as it is; anything else (empty, `javascript:` …) is not a link. */
function webPage(url: string | null): string | null {
  if (!url) return null;
  try {
    return ["http:", "https:"].includes(new URL(url).protocol) ? url : null;
  } catch {
    return null;
  }
}

export function objectParameters(a: Account, office: OfficeLink | null, siteUrl: string): ObjectParameter[] {
  const flat = /квартира|комната/i.test(a.objectType);
  const lines: [string, string | null][] = [
    ["Тип объекта", a.objectType],
    ["Тип строения/владения", a.buildingType],
    ["Объект потребления", a.consumptionObject],
    ["Общая площадь", area(a.totalArea)],
    ["Жилая площадь", area(a.livingArea)],
    ["Отапливаемая площадь", area(a.heatedArea)],
    ["Количество комнат", flat && a.rooms ? `${a.rooms} комн.` : null],
    ["Проживает", String(a.residents)],
    ["Тип плиты", a.stoveType],
  ];
  const extras = Array.isArray(a.extraParams) ? (a.extraParams as { label?: unknown; value?: unknown }[]) : [];
  for (const e of extras) if (typeof e?.label === "string" && e.value != null) lines.push([e.label, String(e.value)]);
  const params = lines.filter((l): l is [string, string] => !!l[1]).map(([label, value]): ObjectParameter => ({ label, value }));
  if (office) params.push({ label: "Клиентский офис", value: office.address, url: webPage(office.url) ?? siteUrl });
  return params;
}
