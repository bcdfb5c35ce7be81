// Unique-key violations look different per driver adapter (Prisma P2002 on pg; a raw
// DriverAdapterError on PGlite), so callers ask here instead of matching codes themselves.
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { originalCode?: string; kind?: string }; message?: string } | null;
  return (
    e?.code === "P2002" || e?.cause?.originalCode === "23505" || e?.cause?.kind === "UniqueConstraintViolation" || /unique constraint/i.test(e?.message ?? "")
  );
}

/** PostgreSQL chose this transaction to break a deadlock (40P01); running it again is safe. */
export function isDeadlock(err: unknown): boolean {
  const e = err as { code?: string; cause?: { originalCode?: string } } | null;
  return e?.code === "40P01" || e?.cause?.originalCode === "40P01";
}
