// The one clock. Tests pass a fixed or movable clock; date rules read `now()` from here.
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock for tests: starts at `start`, moved with `set`/`advance`. */
export function fixedClock(start: Date | string): Clock & { set(d: Date | string): void; advance(ms: number): void } {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    set: (d) => void (t = new Date(d).getTime()),
    advance: (ms) => void (t += ms),
  };
}

/** Calendar date (YYYY-MM-DD) of an instant in the retailer's timezone. */
export function localDate(instant: Date, timeZone: string): string {
  // Formatting costs ~20 µs and busy paths ask many times a second. Every UTC offset is a whole
  // number of minutes, so all instants of one UTC minute share their local date: remember the last.
  const minute = Math.floor(instant.getTime() / 60_000);
  const last = lastDate.get(timeZone);
  if (last && last.minute === minute) return last.date;
  const date = dateFormat(timeZone).format(instant);
  lastDate.set(timeZone, { minute, date });
  return date;
}
const lastDate = new Map<string, { minute: number; date: string }>();

// Building an Intl formatter costs far more than formatting with one: keep one per zone.
const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) formats.set(timeZone, (f = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" })));
  return f;
}
