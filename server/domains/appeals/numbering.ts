// Appeal numbers as the journal of figure 31 shows them: a type's prefix and a 9-digit
// sequence of that prefix (08-000040408), or a plain shared sequence for types without one
// (44564). Counters live in NumberSequence and are bumped in the caller's transaction, so a
// number is used exactly when its appeal is created and two appeals never share one.
import type { Prisma } from "../../db/generated/prisma/client.js";

export function sequenceName(prefix: string | null): string {
  return prefix ? `appeal:${prefix}` : "appeal";
}

export function formatAppealNumber(prefix: string | null, n: bigint | number): string {
  return prefix ? `${prefix}-${String(n).padStart(9, "0")}` : String(n);
}

export async function nextAppealNumber(tx: Prisma.TransactionClient, prefix: string | null): Promise<string> {
  const rows = await tx.$queryRawUnsafe<{ value: bigint | number | string }[]>(
    `INSERT INTO "NumberSequence" (name, value) VALUES ($1, 1)
     ON CONFLICT (name) DO UPDATE SET value = "NumberSequence".value + 1 RETURNING value`,
    sequenceName(prefix),
  );
  return formatAppealNumber(prefix, BigInt(rows[0]!.value));
}
