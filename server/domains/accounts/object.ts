// «Объект» block (6.1): the object's parameters as label/value lines, by object type — rooms
// only for flats, areas only when known, then any type-specific extras kept as data.
import type { Account, ClientOffice } from "../../db/generated/prisma/client.js";

export interface ObjectParameter {
  label: string;
  value: string;
}

const area = (v: unknown) => (v === null || v === undefined ? null : `${String(v).replace(/\.0+$/, "").replace(/(\.\d*?)0+$/, "$1")} м²`);

export function objectParameters(a: Account & { clientOffice: ClientOffice | null }): ObjectParameter[] {
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
  if (a.clientOffice) lines.push(["Клиентский офис", a.clientOffice.address]);
  return lines.filter((l): l is [string, string] => !!l[1]).map(([label, value]) => ({ label, value }));
}
