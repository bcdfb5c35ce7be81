-- «К лицевому счету получен доступ» (6.6.1): notices to the users of an account when someone else
-- registers on or links it, and their «Это не я» reports.
-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'ACCOUNT_ACCESS';

-- CreateTable
CREATE TABLE "AccountAccessNotice" (
    "id" SERIAL NOT NULL,
    "accountId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "newcomerId" INTEGER,
    "notificationId" INTEGER,
    "via" TEXT NOT NULL,
    "linkedAt" TIMESTAMP(3) NOT NULL,
    "newcomerContact" TEXT NOT NULL,
    "reportedAt" TIMESTAMP(3),
    "appealId" INTEGER,

    CONSTRAINT "AccountAccessNotice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AccountAccessNotice_notificationId_key" ON "AccountAccessNotice"("notificationId");

-- CreateIndex
CREATE INDEX "AccountAccessNotice_userId_idx" ON "AccountAccessNotice"("userId");

-- CreateIndex
CREATE INDEX "AccountAccessNotice_accountId_newcomerId_idx" ON "AccountAccessNotice"("accountId", "newcomerId");

-- AddForeignKey
ALTER TABLE "AccountAccessNotice" ADD CONSTRAINT "AccountAccessNotice_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountAccessNotice" ADD CONSTRAINT "AccountAccessNotice_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountAccessNotice" ADD CONSTRAINT "AccountAccessNotice_newcomerId_fkey" FOREIGN KEY ("newcomerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountAccessNotice" ADD CONSTRAINT "AccountAccessNotice_notificationId_fkey" FOREIGN KEY ("notificationId") REFERENCES "Notification"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountAccessNotice" ADD CONSTRAINT "AccountAccessNotice_appealId_fkey" FOREIGN KEY ("appealId") REFERENCES "Appeal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

