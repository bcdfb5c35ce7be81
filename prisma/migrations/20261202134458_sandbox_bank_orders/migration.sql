-- CreateTable
CREATE TABLE "SandboxBankOrder" (
    "id" TEXT NOT NULL,
    "merchantOrderId" TEXT NOT NULL,
    "kopecks" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "returnUrl" TEXT NOT NULL,
    "bindCard" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "savedCard" JSONB,
    "card" JSONB,
    "threeDsAttempts" INTEGER NOT NULL DEFAULT 0,
    "failureReason" TEXT,
    "refundedKopecks" INTEGER NOT NULL DEFAULT 0,
    "token" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "paidAt" TIMESTAMP(3),

    CONSTRAINT "SandboxBankOrder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SandboxBankRevokedToken" (
    "token" TEXT NOT NULL,
    "revokedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SandboxBankRevokedToken_pkey" PRIMARY KEY ("token")
);

-- CreateIndex
CREATE UNIQUE INDEX "SandboxBankOrder_merchantOrderId_key" ON "SandboxBankOrder"("merchantOrderId");

