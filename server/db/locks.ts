// Every PostgreSQL advisory lock key the app takes, in one place so two never collide (the period
// close and the debt-notice job once shared 727276 and waited for each other). Per-row locks
// (e.g. identity/verification.ts) hash their own text key with hashtextextended instead.
export const LOCKS = {
  /** db/client.ts withLock: migrators of several replicas take turns. */
  migrations: 727274,
  /** db/seed/reference.ts: one reference-data seeding at a time. */
  referenceSeed: 727275,
  /** billing/close.ts: two period closes never interleave. */
  periodClose: 727276,
  /** reminders/debt-notices.ts: two runs of the debt-notice job take turns per range. */
  debtNotices: 727277,
} as const;
