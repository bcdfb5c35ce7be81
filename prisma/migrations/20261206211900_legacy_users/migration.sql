-- AlterTable
ALTER TABLE "User" ADD COLUMN     "legacyLogin" TEXT;

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "passwordChangeRule" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "User_legacyLogin_key" ON "User"("legacyLogin");

