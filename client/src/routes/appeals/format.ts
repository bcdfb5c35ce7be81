// «Время заявления» as figure 31 shows it, to the second, in the retailer's timezone.
import { retailerFormat } from "../../lib/format";

const PARTS: Intl.DateTimeFormatOptions = {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
};

/** ISO DateTime → «18.10.2021 14:49:28». */
export function formatDateTimeSeconds(value: string): string {
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return value;
  const p = Object.fromEntries(
    retailerFormat("appeal-seconds", PARTS)
      .formatToParts(instant)
      .map((x) => [x.type, x.value]),
  );
  return `${p.day}.${p.month}.${p.year} ${p.hour}:${p.minute}:${p.second}`;
}
