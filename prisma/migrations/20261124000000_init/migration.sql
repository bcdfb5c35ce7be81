-- CreateEnum
CREATE TYPE "ContactKind" AS ENUM ('EMAIL', 'PHONE');

-- CreateEnum
CREATE TYPE "VerificationPurpose" AS ENUM ('CONFIRM_CONTACT', 'PASSWORD_RESET');

-- CreateEnum
CREATE TYPE "ConsentKind" AS ENUM ('PERSONAL_DATA', 'SIMPLE_E_SIGNATURE');

-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('OPERATOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "DocumentStatus" AS ENUM ('PROVIDED', 'MISSING', 'SIGNED', 'NOT_SIGNED');

-- CreateEnum
CREATE TYPE "NoticeKind" AS ENUM ('DEBT', 'COURT_CLAIM_INTENDED', 'COURT_CLAIM_FILED');

-- CreateEnum
CREATE TYPE "SupplierKind" AS ENUM ('RETAILER', 'SEPARATE', 'WASTE_OPERATOR', 'CAPITAL_REPAIR');

-- CreateEnum
CREATE TYPE "Resource" AS ENUM ('ELECTRICITY', 'COLD_WATER', 'HOT_WATER', 'WASTEWATER', 'HEATING', 'GAS', 'SOLID_WASTE', 'CAPITAL_REPAIR', 'OTHER');

-- CreateEnum
CREATE TYPE "NormBasis" AS ENUM ('PER_RESIDENT', 'PER_AREA', 'FIXED');

-- CreateEnum
CREATE TYPE "TariffZone" AS ENUM ('ALL_DAY', 'DAY', 'NIGHT', 'PEAK', 'SEMI_PEAK');

-- CreateEnum
CREATE TYPE "MeterStatus" AS ENUM ('ACTIVE', 'DISABLED', 'DISABLED_FAILED');

-- CreateEnum
CREATE TYPE "ReadingSource" AS ENUM ('WEB', 'MOBILE_APP', 'PARTNER', 'OFFICE', 'CONTROL_ROUND', 'REMOVAL');

-- CreateEnum
CREATE TYPE "ReadingStatus" AS ENUM ('SUBMITTED', 'ACCEPTED', 'SUPERSEDED', 'REJECTED');

-- CreateEnum
CREATE TYPE "PeriodStatus" AS ENUM ('OPEN', 'CLOSING', 'CLOSED');

-- CreateEnum
CREATE TYPE "ChargeMethod" AS ENUM ('METER', 'NORM', 'AVERAGE', 'FIXED');

-- CreateEnum
CREATE TYPE "PaymentStatus" AS ENUM ('CREATED', 'PENDING', 'SUCCEEDED', 'FAILED', 'CANCELLED', 'REFUNDED');

-- CreateEnum
CREATE TYPE "PaymentPurpose" AS ENUM ('BILL', 'ADVANCE', 'AUTOPAY', 'CARD_VERIFICATION');

-- CreateEnum
CREATE TYPE "PaymentChannel" AS ENUM ('LKK', 'AUTOPAY', 'MOBILE_APP', 'BANK', 'OFFICE');

-- CreateEnum
CREATE TYPE "AutopayMode" AS ENUM ('DAY_OF_MONTH', 'LAST_DAY', 'ON_INVOICE');

-- CreateEnum
CREATE TYPE "AutopayStatus" AS ENUM ('ACTIVE', 'PENDING_CARD', 'DISABLED');

-- CreateEnum
CREATE TYPE "AutopayRunStatus" AS ENUM ('STARTED', 'SUCCEEDED', 'FAILED', 'SKIPPED');

-- CreateEnum
CREATE TYPE "AppealFieldKind" AS ENUM ('TEXT', 'TEXTAREA', 'DATE', 'NUMBER', 'PASSPORT');

-- CreateEnum
CREATE TYPE "AppealStatus" AS ENUM ('ACCEPTED', 'IN_PROGRESS', 'COMPLETED', 'REJECTED');

-- CreateEnum
CREATE TYPE "AppealFileRole" AS ENUM ('ATTACHMENT', 'ANSWER');

-- CreateEnum
CREATE TYPE "CalendarDayKind" AS ENUM ('HOLIDAY', 'WORKDAY');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('READINGS_REMINDER', 'PAYMENT_REMINDER', 'DEBT', 'COURT_CLAIM', 'APPEAL', 'PAYMENT', 'AUTOPAY', 'INVOICE', 'INFO');

-- CreateEnum
CREATE TYPE "MessageChannel" AS ENUM ('EMAIL', 'SMS');

-- CreateEnum
CREATE TYPE "MessageStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "ActorType" AS ENUM ('USER', 'STAFF', 'PARTNER', 'SYSTEM');

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "login" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "email" TEXT,
    "emailConfirmedAt" TIMESTAMP(3),
    "phone" TEXT,
    "phoneConfirmedAt" TIMESTAMP(3),
    "activeAccountId" INTEGER,
    "subscribeEInvoice" BOOLEAN NOT NULL DEFAULT false,
    "subscribeInfo" BOOLEAN NOT NULL DEFAULT false,
    "deletionRequestedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Verification" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "purpose" "VerificationPurpose" NOT NULL,
    "channel" "ContactKind" NOT NULL,
    "target" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consent" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER,
    "kind" "ConsentKind" NOT NULL,
    "textVersion" TEXT NOT NULL,
    "givenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "clientAddress" TEXT,
    "withdrawnAt" TIMESTAMP(3),

    CONSTRAINT "Consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER,
    "staffUserId" INTEGER,
    "userAgent" TEXT,
    "clientAddress" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "revokeReason" TEXT,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RefreshToken" (
    "id" SERIAL NOT NULL,
    "sessionId" INTEGER NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RefreshToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "StaffUser" (
    "id" SERIAL NOT NULL,
    "login" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "role" "StaffRole" NOT NULL DEFAULT 'OPERATOR',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffUser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "partner" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "scopes" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClientOffice" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "phone" TEXT,
    "hours" TEXT,
    "url" TEXT,

    CONSTRAINT "ClientOffice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" SERIAL NOT NULL,
    "number" VARCHAR(10) NOT NULL,
    "ownerLastName" TEXT NOT NULL,
    "ownerFirstName" TEXT NOT NULL,
    "ownerMiddleName" TEXT,
    "address" TEXT NOT NULL,
    "postalAddress" TEXT,
    "objectType" TEXT NOT NULL,
    "buildingType" TEXT,
    "consumptionObject" TEXT,
    "totalArea" DECIMAL(10,2),
    "livingArea" DECIMAL(10,2),
    "heatedArea" DECIMAL(10,2),
    "rooms" INTEGER,
    "residents" INTEGER NOT NULL DEFAULT 1,
    "stoveType" TEXT,
    "extraParams" JSONB,
    "clientOfficeId" INTEGER,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserAccount" (
    "userId" INTEGER NOT NULL,
    "accountId" INTEGER NOT NULL,
    "linkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserAccount_pkey" PRIMARY KEY ("userId","accountId")
);

-- CreateTable
CREATE TABLE "AccountDocument" (
    "id" SERIAL NOT NULL,
    "accountId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "status" "DocumentStatus" NOT NULL,
    "statusText" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AccountDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccountNotice" (
    "id" SERIAL NOT NULL,
    "accountId" INTEGER NOT NULL,
    "kind" "NoticeKind" NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "AccountNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Supplier" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "SupplierKind" NOT NULL,
    "inn" TEXT NOT NULL,
    "kpp" TEXT,
    "bankName" TEXT NOT NULL,
    "bik" TEXT NOT NULL,
    "bankAccount" TEXT NOT NULL,
    "corrAccount" TEXT NOT NULL,
    "address" TEXT,
    "phone" TEXT,

    CONSTRAINT "Supplier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Service" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "resource" "Resource" NOT NULL,
    "unit" TEXT NOT NULL,
    "normBasis" "NormBasis" NOT NULL DEFAULT 'PER_RESIDENT',
    "supplierId" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Service_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tariff" (
    "id" SERIAL NOT NULL,
    "serviceId" INTEGER NOT NULL,
    "zone" "TariffZone" NOT NULL DEFAULT 'ALL_DAY',
    "rate" DECIMAL(12,4) NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,

    CONSTRAINT "Tariff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsumptionNorm" (
    "id" SERIAL NOT NULL,
    "serviceId" INTEGER NOT NULL,
    "value" DECIMAL(12,4) NOT NULL,
    "rooms" INTEGER,
    "residents" INTEGER,
    "stoveType" TEXT,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,

    CONSTRAINT "ConsumptionNorm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccountService" (
    "accountId" INTEGER NOT NULL,
    "serviceId" INTEGER NOT NULL,
    "zones" "TariffZone"[],
    "lossesPercent" DECIMAL(6,3),
    "transformationRatio" DECIMAL(10,3),
    "since" DATE NOT NULL,
    "until" DATE,

    CONSTRAINT "AccountService_pkey" PRIMARY KEY ("accountId","serviceId")
);

-- CreateTable
CREATE TABLE "Meter" (
    "id" SERIAL NOT NULL,
    "accountId" INTEGER NOT NULL,
    "serviceId" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "model" TEXT,
    "resource" "Resource" NOT NULL,
    "unit" TEXT NOT NULL,
    "zones" "TariffZone"[],
    "status" "MeterStatus" NOT NULL DEFAULT 'ACTIVE',
    "blockedReason" TEXT,
    "nextVerificationDate" DATE,
    "overLimitThreshold" DECIMAL(14,3),
    "digits" INTEGER NOT NULL DEFAULT 6,
    "automatic" BOOLEAN NOT NULL DEFAULT false,
    "installedAt" DATE NOT NULL,
    "removedAt" DATE,

    CONSTRAINT "Meter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeterReading" (
    "id" SERIAL NOT NULL,
    "meterId" INTEGER NOT NULL,
    "zone" "TariffZone" NOT NULL,
    "period" DATE NOT NULL,
    "value" DECIMAL(14,3) NOT NULL,
    "source" "ReadingSource" NOT NULL,
    "status" "ReadingStatus" NOT NULL DEFAULT 'SUBMITTED',
    "submissionId" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acceptedAt" TIMESTAMP(3),
    "submittedByUserId" INTEGER,
    "apiKeyId" INTEGER,

    CONSTRAINT "MeterReading_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BillingPeriod" (
    "period" DATE NOT NULL,
    "status" "PeriodStatus" NOT NULL DEFAULT 'OPEN',
    "startedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "closedBy" TEXT,

    CONSTRAINT "BillingPeriod_pkey" PRIMARY KEY ("period")
);

-- CreateTable
CREATE TABLE "Charge" (
    "id" SERIAL NOT NULL,
    "accountId" INTEGER NOT NULL,
    "serviceId" INTEGER NOT NULL,
    "supplierId" INTEGER NOT NULL,
    "period" DATE NOT NULL,
    "zone" "TariffZone" NOT NULL DEFAULT 'ALL_DAY',
    "lossesPercent" DECIMAL(6,3),
    "transformationRatio" DECIMAL(10,3),
    "openingBalance" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "method" "ChargeMethod" NOT NULL,
    "norm" DECIMAL(12,4),
    "volume" DECIMAL(14,3),
    "tariff" DECIMAL(12,4),
    "charged" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "paid" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "recalculation" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "penalty" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "closingBalance" DECIMAL(14,2) NOT NULL DEFAULT 0,

    CONSTRAINT "Charge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" SERIAL NOT NULL,
    "accountId" INTEGER NOT NULL,
    "period" DATE NOT NULL,
    "number" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dueDate" DATE NOT NULL,
    "totalCharged" DECIMAL(14,2) NOT NULL,
    "totalDue" DECIMAL(14,2) NOT NULL,
    "penalty" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "emailedAt" TIMESTAMP(3),

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" SERIAL NOT NULL,
    "accountId" INTEGER NOT NULL,
    "userId" INTEGER,
    "amount" DECIMAL(14,2) NOT NULL,
    "status" "PaymentStatus" NOT NULL DEFAULT 'CREATED',
    "purpose" "PaymentPurpose" NOT NULL DEFAULT 'BILL',
    "channel" "PaymentChannel" NOT NULL DEFAULT 'LKK',
    "channelLabel" TEXT,
    "idempotencyKey" TEXT,
    "bankOrderId" TEXT,
    "bankPageUrl" TEXT,
    "savedCardId" INTEGER,
    "saveCard" BOOLEAN NOT NULL DEFAULT false,
    "failureReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "paidAt" TIMESTAMP(3),

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentItem" (
    "id" SERIAL NOT NULL,
    "paymentId" INTEGER NOT NULL,
    "accountId" INTEGER NOT NULL,
    "supplierId" INTEGER NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,

    CONSTRAINT "PaymentItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Receipt" (
    "id" SERIAL NOT NULL,
    "paymentId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "shiftNumber" INTEGER NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL,
    "operation" TEXT NOT NULL DEFAULT 'Приход',
    "taxation" TEXT NOT NULL,
    "total" DECIMAL(14,2) NOT NULL,
    "items" JSONB NOT NULL,
    "fnNumber" TEXT NOT NULL,
    "fiscalDocumentNumber" TEXT NOT NULL,
    "fiscalSign" TEXT NOT NULL,
    "kktRegNumber" TEXT NOT NULL,
    "buyerContact" TEXT,
    "siteUrl" TEXT NOT NULL,

    CONSTRAINT "Receipt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BankEvent" (
    "id" SERIAL NOT NULL,
    "provider" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "bankOrderId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BankEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SavedCard" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "bankToken" TEXT NOT NULL,
    "maskedPan" TEXT NOT NULL,
    "brand" TEXT,
    "expiryMonth" INTEGER NOT NULL,
    "expiryYear" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "SavedCard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Autopay" (
    "id" SERIAL NOT NULL,
    "accountId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "cardId" INTEGER,
    "mode" "AutopayMode" NOT NULL,
    "day" INTEGER,
    "maxAmount" DECIMAL(14,2) NOT NULL,
    "status" "AutopayStatus" NOT NULL DEFAULT 'PENDING_CARD',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Autopay_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AutopayRun" (
    "id" SERIAL NOT NULL,
    "autopayId" INTEGER NOT NULL,
    "period" DATE NOT NULL,
    "status" "AutopayRunStatus" NOT NULL DEFAULT 'STARTED',
    "amount" DECIMAL(14,2),
    "paymentId" INTEGER,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AutopayRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppealTopic" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "AppealTopic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppealType" (
    "id" SERIAL NOT NULL,
    "topicId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "numberPrefix" TEXT,
    "processingDays" INTEGER NOT NULL,
    "maxProcessingDays" INTEGER,
    "isQuestion" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "AppealType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppealField" (
    "id" SERIAL NOT NULL,
    "typeId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "kind" "AppealFieldKind" NOT NULL DEFAULT 'TEXT',
    "required" BOOLEAN NOT NULL DEFAULT false,
    "section" TEXT,
    "prefill" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AppealField_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppealFileSlot" (
    "id" SERIAL NOT NULL,
    "typeId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "required" BOOLEAN NOT NULL DEFAULT false,
    "multiple" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AppealFileSlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appeal" (
    "id" SERIAL NOT NULL,
    "number" TEXT NOT NULL,
    "userId" INTEGER,
    "accountId" INTEGER NOT NULL,
    "typeId" INTEGER NOT NULL,
    "status" "AppealStatus" NOT NULL DEFAULT 'ACCEPTED',
    "text" TEXT,
    "fields" JSONB NOT NULL,
    "applicantName" TEXT NOT NULL,
    "applicantAddress" TEXT,
    "applicantEmail" TEXT,
    "applicantPhone" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dueDate" DATE NOT NULL,
    "operatorId" INTEGER,
    "answerText" TEXT,
    "answeredAt" TIMESTAMP(3),
    "rating" INTEGER,
    "ratedAt" TIMESTAMP(3),

    CONSTRAINT "Appeal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppealFile" (
    "id" SERIAL NOT NULL,
    "appealId" INTEGER NOT NULL,
    "role" "AppealFileRole" NOT NULL DEFAULT 'ATTACHMENT',
    "slotCode" TEXT,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AppealFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppealStatusChange" (
    "id" SERIAL NOT NULL,
    "appealId" INTEGER NOT NULL,
    "fromStatus" "AppealStatus",
    "toStatus" "AppealStatus" NOT NULL,
    "staffUserId" INTEGER,
    "userId" INTEGER,
    "comment" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AppealStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarDay" (
    "date" DATE NOT NULL,
    "kind" "CalendarDayKind" NOT NULL,
    "note" TEXT,

    CONSTRAINT "CalendarDay_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "NumberSequence" (
    "name" TEXT NOT NULL,
    "value" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "NumberSequence_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "News" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "body" TEXT,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "published" BOOLEAN NOT NULL DEFAULT true,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "News_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "accountId" INTEGER,
    "kind" "NotificationKind" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "dedupeKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboundMessage" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER,
    "channel" "MessageChannel" NOT NULL,
    "recipient" TEXT NOT NULL,
    "subject" TEXT,
    "body" TEXT NOT NULL,
    "status" "MessageStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "dedupeKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "OutboundMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorType" "ActorType" NOT NULL,
    "actorId" INTEGER,
    "action" TEXT NOT NULL,
    "entity" TEXT,
    "entityId" TEXT,
    "data" JSONB,
    "clientAddress" TEXT,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobRun" (
    "id" SERIAL NOT NULL,
    "job" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "instance" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "error" TEXT,

    CONSTRAINT "JobRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_login_key" ON "User"("login");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_phone_idx" ON "User"("phone");

-- CreateIndex
CREATE INDEX "User_deletionRequestedAt_idx" ON "User"("deletionRequestedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Verification_secretHash_key" ON "Verification"("secretHash");

-- CreateIndex
CREATE INDEX "Verification_userId_purpose_channel_createdAt_idx" ON "Verification"("userId", "purpose", "channel", "createdAt");

-- CreateIndex
CREATE INDEX "Consent_userId_idx" ON "Consent"("userId");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_staffUserId_idx" ON "Session"("staffUserId");

-- CreateIndex
CREATE UNIQUE INDEX "RefreshToken_tokenHash_key" ON "RefreshToken"("tokenHash");

-- CreateIndex
CREATE INDEX "RefreshToken_sessionId_idx" ON "RefreshToken"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "StaffUser_login_key" ON "StaffUser"("login");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_prefix_key" ON "ApiKey"("prefix");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_keyHash_key" ON "ApiKey"("keyHash");

-- CreateIndex
CREATE UNIQUE INDEX "Account_number_key" ON "Account"("number");

-- CreateIndex
CREATE INDEX "Account_ownerLastName_idx" ON "Account"("ownerLastName");

-- CreateIndex
CREATE INDEX "UserAccount_accountId_idx" ON "UserAccount"("accountId");

-- CreateIndex
CREATE INDEX "AccountDocument_accountId_idx" ON "AccountDocument"("accountId");

-- CreateIndex
CREATE INDEX "AccountNotice_accountId_resolvedAt_idx" ON "AccountNotice"("accountId", "resolvedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Supplier_code_key" ON "Supplier"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Service_code_key" ON "Service"("code");

-- CreateIndex
CREATE INDEX "Tariff_serviceId_zone_validFrom_idx" ON "Tariff"("serviceId", "zone", "validFrom");

-- CreateIndex
CREATE INDEX "ConsumptionNorm_serviceId_validFrom_idx" ON "ConsumptionNorm"("serviceId", "validFrom");

-- CreateIndex
CREATE INDEX "AccountService_serviceId_idx" ON "AccountService"("serviceId");

-- CreateIndex
CREATE INDEX "Meter_number_idx" ON "Meter"("number");

-- CreateIndex
CREATE INDEX "Meter_status_idx" ON "Meter"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Meter_accountId_number_key" ON "Meter"("accountId", "number");

-- CreateIndex
CREATE INDEX "MeterReading_meterId_zone_submittedAt_idx" ON "MeterReading"("meterId", "zone", "submittedAt");

-- CreateIndex
CREATE INDEX "MeterReading_meterId_period_status_idx" ON "MeterReading"("meterId", "period", "status");

-- CreateIndex
CREATE INDEX "MeterReading_period_status_idx" ON "MeterReading"("period", "status");

-- CreateIndex
CREATE INDEX "Charge_period_idx" ON "Charge"("period");

-- CreateIndex
CREATE UNIQUE INDEX "Charge_accountId_period_serviceId_zone_key" ON "Charge"("accountId", "period", "serviceId", "zone");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_number_key" ON "Invoice"("number");

-- CreateIndex
CREATE INDEX "Invoice_period_idx" ON "Invoice"("period");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_accountId_period_key" ON "Invoice"("accountId", "period");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_bankOrderId_key" ON "Payment"("bankOrderId");

-- CreateIndex
CREATE INDEX "Payment_accountId_createdAt_idx" ON "Payment"("accountId", "createdAt");

-- CreateIndex
CREATE INDEX "Payment_status_idx" ON "Payment"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_userId_idempotencyKey_key" ON "Payment"("userId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "PaymentItem_paymentId_idx" ON "PaymentItem"("paymentId");

-- CreateIndex
CREATE INDEX "PaymentItem_accountId_supplierId_idx" ON "PaymentItem"("accountId", "supplierId");

-- CreateIndex
CREATE UNIQUE INDEX "Receipt_paymentId_key" ON "Receipt"("paymentId");

-- CreateIndex
CREATE INDEX "BankEvent_bankOrderId_idx" ON "BankEvent"("bankOrderId");

-- CreateIndex
CREATE UNIQUE INDEX "BankEvent_provider_eventId_key" ON "BankEvent"("provider", "eventId");

-- CreateIndex
CREATE INDEX "SavedCard_userId_idx" ON "SavedCard"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Autopay_accountId_key" ON "Autopay"("accountId");

-- CreateIndex
CREATE INDEX "Autopay_status_mode_day_idx" ON "Autopay"("status", "mode", "day");

-- CreateIndex
CREATE UNIQUE INDEX "AutopayRun_paymentId_key" ON "AutopayRun"("paymentId");

-- CreateIndex
CREATE UNIQUE INDEX "AutopayRun_autopayId_period_key" ON "AutopayRun"("autopayId", "period");

-- CreateIndex
CREATE UNIQUE INDEX "AppealTopic_code_key" ON "AppealTopic"("code");

-- CreateIndex
CREATE UNIQUE INDEX "AppealType_code_key" ON "AppealType"("code");

-- CreateIndex
CREATE INDEX "AppealType_topicId_idx" ON "AppealType"("topicId");

-- CreateIndex
CREATE UNIQUE INDEX "AppealField_typeId_code_key" ON "AppealField"("typeId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "AppealFileSlot_typeId_code_key" ON "AppealFileSlot"("typeId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Appeal_number_key" ON "Appeal"("number");

-- CreateIndex
CREATE INDEX "Appeal_userId_createdAt_idx" ON "Appeal"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Appeal_status_dueDate_idx" ON "Appeal"("status", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "AppealFile_storageKey_key" ON "AppealFile"("storageKey");

-- CreateIndex
CREATE INDEX "AppealFile_appealId_idx" ON "AppealFile"("appealId");

-- CreateIndex
CREATE INDEX "AppealStatusChange_appealId_at_idx" ON "AppealStatusChange"("appealId", "at");

-- CreateIndex
CREATE INDEX "News_published_publishedAt_idx" ON "News"("published", "publishedAt");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_userId_dedupeKey_key" ON "Notification"("userId", "dedupeKey");

-- CreateIndex
CREATE UNIQUE INDEX "OutboundMessage_dedupeKey_key" ON "OutboundMessage"("dedupeKey");

-- CreateIndex
CREATE INDEX "OutboundMessage_status_createdAt_idx" ON "OutboundMessage"("status", "createdAt");

-- CreateIndex
CREATE INDEX "OutboundMessage_userId_idx" ON "OutboundMessage"("userId");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_actorType_actorId_at_idx" ON "AuditLog"("actorType", "actorId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE UNIQUE INDEX "JobRun_job_key_key" ON "JobRun"("job", "key");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_activeAccountId_fkey" FOREIGN KEY ("activeAccountId") REFERENCES "Account"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Verification" ADD CONSTRAINT "Verification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_staffUserId_fkey" FOREIGN KEY ("staffUserId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RefreshToken" ADD CONSTRAINT "RefreshToken_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_clientOfficeId_fkey" FOREIGN KEY ("clientOfficeId") REFERENCES "ClientOffice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserAccount" ADD CONSTRAINT "UserAccount_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserAccount" ADD CONSTRAINT "UserAccount_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountDocument" ADD CONSTRAINT "AccountDocument_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountNotice" ADD CONSTRAINT "AccountNotice_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Service" ADD CONSTRAINT "Service_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "Supplier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tariff" ADD CONSTRAINT "Tariff_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsumptionNorm" ADD CONSTRAINT "ConsumptionNorm_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountService" ADD CONSTRAINT "AccountService_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountService" ADD CONSTRAINT "AccountService_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meter" ADD CONSTRAINT "Meter_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meter" ADD CONSTRAINT "Meter_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeterReading" ADD CONSTRAINT "MeterReading_meterId_fkey" FOREIGN KEY ("meterId") REFERENCES "Meter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeterReading" ADD CONSTRAINT "MeterReading_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Charge" ADD CONSTRAINT "Charge_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Charge" ADD CONSTRAINT "Charge_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Charge" ADD CONSTRAINT "Charge_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "Supplier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_savedCardId_fkey" FOREIGN KEY ("savedCardId") REFERENCES "SavedCard"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentItem" ADD CONSTRAINT "PaymentItem_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentItem" ADD CONSTRAINT "PaymentItem_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentItem" ADD CONSTRAINT "PaymentItem_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "Supplier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Receipt" ADD CONSTRAINT "Receipt_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedCard" ADD CONSTRAINT "SavedCard_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Autopay" ADD CONSTRAINT "Autopay_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Autopay" ADD CONSTRAINT "Autopay_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Autopay" ADD CONSTRAINT "Autopay_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "SavedCard"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AutopayRun" ADD CONSTRAINT "AutopayRun_autopayId_fkey" FOREIGN KEY ("autopayId") REFERENCES "Autopay"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AutopayRun" ADD CONSTRAINT "AutopayRun_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppealType" ADD CONSTRAINT "AppealType_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "AppealTopic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppealField" ADD CONSTRAINT "AppealField_typeId_fkey" FOREIGN KEY ("typeId") REFERENCES "AppealType"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppealFileSlot" ADD CONSTRAINT "AppealFileSlot_typeId_fkey" FOREIGN KEY ("typeId") REFERENCES "AppealType"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_typeId_fkey" FOREIGN KEY ("typeId") REFERENCES "AppealType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_operatorId_fkey" FOREIGN KEY ("operatorId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppealFile" ADD CONSTRAINT "AppealFile_appealId_fkey" FOREIGN KEY ("appealId") REFERENCES "Appeal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppealStatusChange" ADD CONSTRAINT "AppealStatusChange_appealId_fkey" FOREIGN KEY ("appealId") REFERENCES "Appeal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppealStatusChange" ADD CONSTRAINT "AppealStatusChange_staffUserId_fkey" FOREIGN KEY ("staffUserId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "News" ADD CONSTRAINT "News_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboundMessage" ADD CONSTRAINT "OutboundMessage_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

