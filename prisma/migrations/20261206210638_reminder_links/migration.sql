-- AlterEnum
ALTER TYPE "ReadingSource" ADD VALUE 'REMINDER_LINK';

-- CreateTable
CREATE TABLE "ReminderLink" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "accountId" INTEGER NOT NULL,
    "linkedAt" TIMESTAMP(3) NOT NULL,
    "passwordStamp" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReminderLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReminderLink_code_key" ON "ReminderLink"("code");

-- CreateIndex
CREATE INDEX "ReminderLink_userId_idx" ON "ReminderLink"("userId");

-- CreateIndex
CREATE INDEX "ReminderLink_expiresAt_idx" ON "ReminderLink"("expiresAt");

-- AddForeignKey
ALTER TABLE "ReminderLink" ADD CONSTRAINT "ReminderLink_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderLink" ADD CONSTRAINT "ReminderLink_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

