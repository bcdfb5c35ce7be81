// Partner API keys. Only the key's SHA-256 (hex) and its first 8 characters are stored; the
// plaintext demo key below is published in the README so the АСКУЭ flow can be tried.
import { createHash } from "node:crypto";
import type { Prisma, PrismaClient } from "../generated/prisma/client.js";

type Tx = Prisma.TransactionClient | PrismaClient;

export const DEMO_ASKUE_KEY = "kab_demo_askue_0000000000000000";

export function apiKeyHash(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

export async function seedApiKeys(prisma: Tx): Promise<number> {
  const { count } = await prisma.apiKey.createMany({
    data: [
      {
        name: "АСКУЭ (демо)",
        partner: "ООО «Демо АСКУЭ»",
        prefix: DEMO_ASKUE_KEY.slice(0, 8),
        keyHash: apiKeyHash(DEMO_ASKUE_KEY),
        scopes: ["readings:write"],
      },
    ],
    skipDuplicates: true,
  });
  return count;
}
