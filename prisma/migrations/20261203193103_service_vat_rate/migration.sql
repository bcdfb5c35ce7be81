-- CreateEnum
CREATE TYPE "VatRate" AS ENUM ('VAT22', 'VAT20', 'VAT10', 'VAT0', 'NONE');

-- AlterTable
ALTER TABLE "Service" ADD COLUMN     "vatRate" "VatRate" NOT NULL DEFAULT 'VAT22';


-- Capital repair contributions are not subject to VAT: the reference seed only adds missing
-- rows, so the catalogue of existing installations is set here (by the service's resource or
-- its supplier being a capital repair fund, whatever the service is called).
UPDATE "Service" SET "vatRate" = 'NONE'
 WHERE "resource" = 'CAPITAL_REPAIR'
    OR "supplierId" IN (SELECT "id" FROM "Supplier" WHERE "kind" = 'CAPITAL_REPAIR');
