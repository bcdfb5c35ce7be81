// Which fire of a job every replica may have missed: node-cron only runs fires that come while
// a replica is up, so a fire at 10:00 when all were down would wait a month. The last fire of
// the current day (retailer's timezone) before `now` is the one to make up; the coordinator's
// row for it (same key as node-cron's) tells whether some replica already ran it.
import cron from "node-cron";
import { localDate } from "../shared/calendar.js";

/** Fires younger than this belong to node-cron itself (its missed-execution tolerance is 30 s). */
export const CATCH_UP_GRACE_MS = 60_000;

const timeOfDay = new Map<string, Intl.DateTimeFormat>();

/** The latest instant today (local) ≤ now − grace matching the expression, or null. */
export function lastFireToday(expression: string, now: Date, timeZone: string): Date | null {
  const fields = cron.parse(expression);
  let f = timeOfDay.get(timeZone);
  if (!f)
    timeOfDay.set(timeZone, (f = new Intl.DateTimeFormat("en-GB", { timeZone, hourCycle: "h23", hour: "2-digit", minute: "2-digit", second: "2-digit" })));
  const [h, m, s] = f.format(now).split(":").map(Number) as [number, number, number];
  const dayStart = now.getTime() - ((h * 60 + m) * 60 + s) * 1000 - now.getUTCMilliseconds();
  const today = localDate(now, timeZone);
  const limit = now.getTime() - CATCH_UP_GRACE_MS;
  // A throwaway task answers "does this instant match" with node-cron's own rules (day of
  // month / week, timezone); it is never started.
  const task = cron.createTask(expression, () => {}, { timezone: timeZone });
  try {
    for (const hour of [...fields.hour].sort((a, b) => b - a)) {
      for (const minute of [...fields.minute].sort((a, b) => b - a)) {
        for (const second of [...fields.second].sort((a, b) => b - a)) {
          const at = new Date(dayStart + ((hour * 60 + minute) * 60 + second) * 1000);
          if (at.getTime() > limit || localDate(at, timeZone) !== today) continue;
          if (task.match(at)) return at;
        }
      }
    }
    return null;
  } finally {
    void task.destroy();
  }
}
