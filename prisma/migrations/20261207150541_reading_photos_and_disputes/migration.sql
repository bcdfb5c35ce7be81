-- AlterEnum
ALTER TYPE "ReadingSource" ADD VALUE 'CONTROL_CORRECTION';

-- AlterTable
ALTER TABLE "AppealType" ADD COLUMN     "listed" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "ReadingPhoto" (
    "id" SERIAL NOT NULL,
    "meterId" INTEGER NOT NULL,
    "submissionId" TEXT NOT NULL,
    "uploadedByUserId" INTEGER,
    "fileName" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReadingPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReadingDispute" (
    "id" SERIAL NOT NULL,
    "appealId" INTEGER NOT NULL,
    "meterId" INTEGER NOT NULL,
    "entered" JSONB NOT NULL,
    "accepted" JSONB NOT NULL,
    "photoFileId" INTEGER,
    "correctedAt" TIMESTAMP(3),
    "correctedBy" INTEGER,
    "submissionId" TEXT,

    CONSTRAINT "ReadingDispute_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReadingPhoto_storageKey_key" ON "ReadingPhoto"("storageKey");

-- CreateIndex
CREATE INDEX "ReadingPhoto_meterId_submissionId_idx" ON "ReadingPhoto"("meterId", "submissionId");

-- CreateIndex
CREATE UNIQUE INDEX "ReadingDispute_appealId_key" ON "ReadingDispute"("appealId");

-- CreateIndex
CREATE UNIQUE INDEX "ReadingDispute_photoFileId_key" ON "ReadingDispute"("photoFileId");

-- CreateIndex
CREATE INDEX "ReadingDispute_meterId_idx" ON "ReadingDispute"("meterId");

-- AddForeignKey
ALTER TABLE "ReadingPhoto" ADD CONSTRAINT "ReadingPhoto_meterId_fkey" FOREIGN KEY ("meterId") REFERENCES "Meter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadingDispute" ADD CONSTRAINT "ReadingDispute_appealId_fkey" FOREIGN KEY ("appealId") REFERENCES "Appeal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadingDispute" ADD CONSTRAINT "ReadingDispute_meterId_fkey" FOREIGN KEY ("meterId") REFERENCES "Meter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadingDispute" ADD CONSTRAINT "ReadingDispute_photoFileId_fkey" FOREIGN KEY ("photoFileId") REFERENCES "AppealFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

