/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The input of `accountLink`. */
export type AccountLinkInput = {
  /** «Номер лицевого счета»: 10 digits */
  accountNumber: string;
  /** «Фамилия» of the account's owner, as on the account (letter case and ё/е do not matter) */
  ownerLastName: string;
};

/** The input of `accountUnlink`. */
export type AccountUnlinkInput = {
  /** The linked account to remove (`Account.id`) */
  accountId: string | number;
  /** True to confirm removing the last account, which deletes the user (else CONFIRMATION_REQUIRED) */
  confirmDeletion?: boolean | null | undefined;
};

/** A new personal API token: its name, scopes and expiry */
export type ApiTokenCreateInput = {
  /** «Действует до»: in the future, at most a year from now */
  expiresAt: string;
  /** «Название»: up to 60 characters, e.g. «Home Assistant» */
  name: string;
  /** «Права доступа»: at least one */
  scopes: Array<ApiTokenScope>;
};

/** The personal API token to revoke */
export type ApiTokenRevokeInput = {
  /** ApiToken.id */
  tokenId: string | number;
};

/** What a personal API token («токен доступа») may do; it can never pay, change the profile, link accounts or make tokens */
export type ApiTokenScope =
  /** `account:read`: read the accounts' header («шапка»: number, address, owner, amount due), «Объект», «Тарифы», «Начисления», invoices («квитанции») and «История платежей» */
  | 'ACCOUNT_READ'
  /** `readings:read`: read the meters («приборы учета») and «История показаний» */
  | 'READINGS_READ'
  /** `readings:write`: submit meter readings («Передать показания», `meterReadingsSubmit`); lists the meters to submit for */
  | 'READINGS_WRITE';

/** Whether a personal API token («токен доступа») works */
export type ApiTokenState =
  /** Works until it expires or is revoked («Действует») */
  | 'ACTIVE'
  /** Its expiry («Срок действия») has passed */
  | 'EXPIRED'
  /** The customer's password changed after it was made: it no longer works */
  | 'PASSWORD_CHANGED'
  /** The customer revoked it («Отозван») */
  | 'REVOKED';

/** The input of `appealAnswer`. */
export type AppealAnswerInput = {
  /** The appeal in progress (`Appeal.id`) */
  appealId: string | number;
  /** PDF only */
  files?: Array<File> | null | undefined;
  /** The answer the customer reads (Russian) */
  text: string;
};

/** The input of `appealDueDateExtend`. */
export type AppealDueDateExtendInput = {
  /** The open appeal (`Appeal.id`) */
  appealId: string | number;
  /** The new term in working days from the filing day */
  processingDays: number;
};

/** The input of `appealField`. */
export type AppealFieldInput = {
  /** AppealField.code */
  code: string;
  /** The value as typed; dates YYYY-MM-DD, checkboxes "true"/"false" */
  value: string;
};

/** How a form field is entered and checked */
export type AppealFieldKind =
  /** A date: send YYYY-MM-DD (ДД.ММ.ГГГГ is accepted too); stored as YYYY-MM-DD */
  | 'DATE'
  /** A non-negative number, up to 3 decimals («,» or «.») */
  | 'NUMBER'
  /** Серия и номер: 10 digits, spaces allowed; stored as «11 11 111111» */
  | 'PASSPORT'
  /** One line, up to 300 characters */
  | 'TEXT'
  /** Several lines, up to 4000 characters */
  | 'TEXTAREA';

/** The input of `appealFile`. */
export type AppealFileInput = {
  /** The file (GraphQL multipart request); PDF, JPG, JPEG, PNG, TIF, TIFF, ZIP or RAR, 25 MB for all together */
  file: File;
  /** AppealFileSlot.code */
  slot: string;
};

/** A file's type as recognised from its content */
export type AppealFileKind =
  /** JPEG image (.jpg, .jpeg) */
  | 'JPEG'
  /** PDF document */
  | 'PDF'
  /** PNG image */
  | 'PNG'
  /** RAR archive */
  | 'RAR'
  /** TIFF image (.tif, .tiff) */
  | 'TIFF'
  /** ZIP archive */
  | 'ZIP';

/** The input of `appealFileLinkCreate`. */
export type AppealFileLinkCreateInput = {
  /** The file (`AppealFile.id`) */
  fileId: string | number;
};

/** The input of `appealQuestionSubmit`. */
export type AppealQuestionSubmitInput = {
  /** The account (ЛС) the question is about */
  accountId: string | number;
  /** Consent to personal data processing (152-ФЗ); must be true */
  consentPersonalData: boolean;
  /** Acceptance of the simple electronic signature agreement; must be true */
  consentSimpleSignature: boolean;
  /** «Прочие документы» */
  files?: Array<File> | null | undefined;
  /** A key the client makes per appeal (a UUID): a retried upload with the same key and input returns the appeal already filed instead of a second one; another input with the key is IDEMPOTENCY_KEY_REUSED. Kept 24 hours */
  idempotencyKey?: string | null | undefined;
  /** «Текст сообщения» */
  text: string;
};

/** The input of `appealRate`. */
export type AppealRateInput = {
  /** A completed appeal the viewer filed (`Appeal.id`) */
  appealId: string | number;
  /** AppealRatingOption.value (1–5) */
  rating: number;
};

/** The input of `appealReject`. */
export type AppealRejectInput = {
  /** The appeal in progress (`Appeal.id`) */
  appealId: string | number;
  /** Why it is refused, as the customer reads it (Russian) */
  reason: string;
};

/** Принят → В обработке → Завершено | Отказано (statusText carries the Russian label) */
export type AppealStatus =
  /** Принят */
  | 'ACCEPTED'
  /** Завершено */
  | 'COMPLETED'
  /** В обработке */
  | 'IN_PROGRESS'
  /** Отказано */
  | 'REJECTED';

/** The input of `appealSubmit`. */
export type AppealSubmitInput = {
  /** The account (ЛС) the appeal is filed on */
  accountId: string | number;
  /** «Я подтверждаю достоверность указанных данных и даю свое согласие на обработку …» */
  consentPersonalData: boolean;
  /** «Я принимаю условия соглашения об использовании простой электронной подписи.» */
  consentSimpleSignature: boolean;
  /** The form's values, one per `AppealField.code`; required ones must be given */
  fields?: Array<AppealFieldInput> | null | undefined;
  /** Files per slot of `AppealType.fileSlots`; required slots must have one */
  files?: Array<AppealFileInput> | null | undefined;
  /** A key the client makes per appeal (a UUID): a retried upload with the same key and input returns the appeal already filed instead of a second one; another input with the key is IDEMPOTENCY_KEY_REUSED. Kept 24 hours */
  idempotencyKey?: string | null | undefined;
  /** The reason («Причина обращения», `AppealType.id`) */
  typeId: string | number;
};

/** The input of `appealTake`. */
export type AppealTakeInput = {
  /** The appeal (`Appeal.id`) */
  appealId: string | number;
};

/** The input of `autopayDisable`. */
export type AutopayDisableInput = {
  /** The personal account (`Account.id`) */
  accountId: string | number;
};

/** «Способ списания»: when autopay charges the card (6.4.4) */
export type AutopayMode =
  /** «В назначенный день (с 1 по 27 число месяца)»: on `day` */
  | 'DAY_OF_MONTH'
  /** «В последний день месяца» */
  | 'LAST_DAY'
  /** «По факту выставления счета»: when the month's invoice is issued */
  | 'ON_INVOICE';

/** Where the bank sends the customer back after binding a new card: «Оплата» or «Профиль» → «Автоплатежи» */
export type AutopayReturnTo =
  /** The «Оплата» page */
  | 'PAYMENT'
  /** «Профиль» → «Автоплатежи» */
  | 'PROFILE';

/** Outcome of one autopay charge */
export type AutopayRunStatus =
  /** «Не выполнен»: the bank declined it (see `reason`) */
  | 'FAILED'
  /** «Не потребовался»: nothing was due */
  | 'SKIPPED'
  /** «Выполняется»: charging, or the bank has not answered yet */
  | 'STARTED'
  /** «Выполнен»: charged */
  | 'SUCCEEDED';

/** The input of `autopaySet`. */
export type AutopaySetInput = {
  /** The personal account (`Account.id`) */
  accountId: string | number;
  /** A saved card of the customer; omit with newCard */
  cardId?: string | number | null | undefined;
  /** День списания, 1–27 (DAY_OF_MONTH) */
  day?: number | null | undefined;
  /** Required with newCard (a UUID per attempt): repeats return the same bank page */
  idempotencyKey?: string | null | undefined;
  /** Максимальная сумма списания, > 0 */
  maxAmount: string;
  /** «Способ списания» */
  mode: AutopayMode;
  /** «Новая карта»: bind one on the bank's page (1 ₽, returned) */
  newCard?: boolean | null | undefined;
  /** With newCard: the page the bank returns the customer to */
  returnTo?: AutopayReturnTo | null | undefined;
};

/** Whether autopay is on for the account */
export type AutopayStatus =
  /** «Подключен»: it will charge */
  | 'ACTIVE'
  /** «Не подключен»: switched off, or its card was deleted */
  | 'DISABLED'
  /** «Не подключен» yet: waiting for the bank to confirm the new card (the 1 ₽ check) */
  | 'PENDING_CARD';

/** A card's payment system («платежная система»). New values may be added; treat unknown ones as OTHER. */
export type CardBrand =
  /** Maestro (Mastercard's debit brand) */
  | 'MAESTRO'
  /** Mastercard */
  | 'MASTERCARD'
  /** «Мир», the national payment system */
  | 'MIR'
  /** A brand the bank reported that is none of the above */
  | 'OTHER'
  /** UnionPay */
  | 'UNIONPAY'
  /** Visa */
  | 'VISA';

/** A column of the «Начисления» table that may be hidden when all its values are zero (6.3) */
export type ChargeColumn =
  /** «Начислено» */
  | 'CHARGED'
  /** «К оплате на конец» */
  | 'CLOSING_BALANCE'
  /** «Процент потерь» */
  | 'LOSSES_PERCENT'
  /** «Норматив» */
  | 'NORM'
  /** «К оплате на начало» */
  | 'OPENING_BALANCE'
  /** «Оплачено» */
  | 'PAID'
  /** «Пени» */
  | 'PENALTY'
  /** «Перерасчеты» */
  | 'RECALCULATION'
  /** «Тариф» */
  | 'TARIFF'
  /** «Коэффициент трансформации» */
  | 'TRANSFORMATION_RATIO'
  /** «Объем» */
  | 'VOLUME';

/** Способ расчета */
export type ChargeMethod =
  /** по среднему */
  | 'AVERAGE'
  /** фиксированный (ТКО, капремонт) */
  | 'FIXED'
  /** по прибору учета */
  | 'METER'
  /** по нормативу */
  | 'NORM';

/** The input of `chargesPdfCreate`. */
export type ChargesPdfCreateInput = {
  /** The personal account (`Account.id`) */
  accountId: string | number;
  /** «с»: first month, inclusive */
  from: string;
  /** «по»: last month, inclusive (at most 36 months) */
  to: string;
};

/** How a month's volume was found; only METER and SUBMITTED are measurements, and only those are compared */
export type ConsumptionBasis =
  /** Billed by the average: not a measurement, not compared */
  | 'AVERAGE'
  /** Billed by the meters after months billed by the norm: the volume covers those months too, so it is not compared */
  | 'CATCH_UP'
  /** Billed by the meters' readings */
  | 'METER'
  /** Billed by the norm (no readings): not a measurement, not compared */
  | 'NORM'
  /** The open month: by the readings submitted so far (not billed yet) */
  | 'SUBMITTED';

/** The input of `contactCentreConfirmationResend`. */
export type ContactCentreConfirmationResendInput = {
  /** EMAIL for the link, PHONE for the SMS code */
  channel: ContactChannel;
  /** Why, for the audit log (3–500 characters) */
  reason: string;
  /** The user (`ContactCentreUserMatch.userId`) */
  userId: string | number;
};

/** The input of `contactCentreUserOpen`. */
export type ContactCentreUserOpenInput = {
  /** Why, for the audit log (3–500 characters) */
  reason: string;
  /** The user (`ContactCentreUserMatch.userId`) */
  userId: string | number;
};

/** The input of `contactCentreUserReset`. */
export type ContactCentreUserResetInput = {
  /** Why, for the audit log (3–500 characters) */
  reason: string;
  /** The user (`ContactCentreUserMatch.userId`) */
  userId: string | number;
};

/** The input of `contactCentreUserSignOut`. */
export type ContactCentreUserSignOutInput = {
  /** Why, for the audit log (3–500 characters) */
  reason: string;
  /** The user (`ContactCentreUserMatch.userId`) */
  userId: string | number;
};

/** A contact of the user: where links and codes go */
export type ContactChannel =
  /** The e-mail: a link */
  | 'EMAIL'
  /** The phone: an SMS code */
  | 'PHONE';

/** The input of `contactCodeSend`. */
export type ContactCodeSendInput = {
  /** PHONE for an SMS code, EMAIL for a new link */
  channel: ContactChannel;
};

/** The input of `contactConfirm`. */
export type ContactConfirmInput = {
  /** The SMS code */
  code?: string | null | undefined;
  /** The token of the e-mail link */
  token?: string | null | undefined;
};

/** Whether the company has a document of the account («Ваши документы») */
export type DocumentStatus =
  /** «Не предоставлен»: the company does not have it yet */
  | 'MISSING'
  /** «Не подписан» (a contract) */
  | 'NOT_SIGNED'
  /** «Предоставлен»: the company has it */
  | 'PROVIDED'
  /** «Подписан» (a contract) */
  | 'SIGNED';

/** The file format of an export */
export type ExportFormat =
  /** For Excel: UTF-8 with a BOM, «;» between fields, dates ДД.ММ.ГГГГ (the retailer's calendar), decimals with a comma */
  | 'CSV'
  /** For programs: `{ title, account, from, to, createdAt, rows: [...] }`, ISO 8601 dates, decimals as exact strings ("1234.50") */
  | 'JSON';

/** The input of `faqEntryCreate`. */
export type FaqEntryCreateInput = {
  /** The answer (Russian, plain text) */
  answer: string;
  /** Place in the order; last by default */
  position?: number | null | undefined;
  /** Show to customers */
  published?: boolean | null | undefined;
  /** The question (Russian) */
  question: string;
  /** The section, e.g. «Показания» */
  topic: string;
};

/** The input of `faqEntryUpdate`. */
export type FaqEntryUpdateInput = {
  /** New answer; omit to keep */
  answer?: string | null | undefined;
  /** FaqEntry id */
  entryId: string | number;
  /** New place in the order; omit to keep */
  position?: number | null | undefined;
  /** Show to customers; omit to keep */
  published?: boolean | null | undefined;
  /** New question; omit to keep */
  question?: string | null | undefined;
  /** New section; omit to keep */
  topic?: string | null | undefined;
};

/** The input of `invoicePdfCreate`. */
export type InvoicePdfCreateInput = {
  /** The personal account (`Account.id`) */
  accountId: string | number;
  /** The invoice's month (INVOICE_NOT_FOUND when that month has none yet) */
  period: string;
};

/** The input of `meterBlock`. */
export type MeterBlockInput = {
  /** The meter (`Meter.id`) */
  meterId: string | number;
  /** Why, as the customer will read it (Russian, up to 500 characters) */
  reason: string;
};

/** The input of `meterReading`. */
export type MeterReadingInput = {
  /** The meter (`Meter.id`) */
  meterId: string | number;
  /** The meter's display, e.g. "2640" or "2640.5" */
  value: string;
  /** One of the meter's `zones` */
  zone: TariffZone;
};

/** The input of `meterReadingPhoto`. */
export type MeterReadingPhotoInput = {
  /** The meter (`Meter.id`) whose display it shows; one of those in `readings` */
  meterId: string | number;
  /** The photo: JPEG, PNG or HEIC, up to 10 MB */
  photo: File;
};

/** The input of `meterReadingsSubmit`. */
export type MeterReadingsSubmitInput = {
  /** The personal account («лицевой счет», `Account.id`); a customer only for an account linked to them */
  accountId: string | number;
  /** Defaults to WEB for customers, PARTNER for partner keys, OFFICE for staff */
  channel?: ReadingChannel | null | undefined;
  /** «Передать внесённые показания» after a warning */
  confirmOverLimit?: boolean | null | undefined;
  /** A key the client makes per submission (a UUID): sent again within 24 hours with the same input it returns the first result and saves nothing more; with another input it is IDEMPOTENCY_KEY_REUSED */
  idempotencyKey?: string | null | undefined;
  /** Photos of the displays (GraphQL multipart request), one per meter named in `readings`: JPEG, PNG or HEIC up to 10 MB each, kept as JPEGs without EXIF/GPS; stored only when the readings are saved (`MeterReading.photo`) */
  photos?: Array<MeterReadingPhotoInput> | null | undefined;
  /** Every zone of each meter named, each once; all are saved or none */
  readings: Array<MeterReadingInput>;
};

/** State of a meter («прибор учета»); readings are taken for ACTIVE meters only */
export type MeterStatus =
  /** «Включен»: readings are accepted (unless an operator blocked them: see `blockedReason`) */
  | 'ACTIVE'
  /** «Отключен»: history only */
  | 'DISABLED'
  /** «Отключен, в связи с выходом из строя»: the meter failed; history only, charges by norm */
  | 'DISABLED_FAILED';

/** The input of `meterUnblock`. */
export type MeterUnblockInput = {
  /** The blocked meter (`Meter.id`) */
  meterId: string | number;
};

/** The input of `newsCreate`. */
export type NewsCreateInput = {
  /** The text, plain; optional when `url` links to it */
  body?: string | null | undefined;
  /** Publish at once (true) or keep as a draft */
  publish?: boolean | null | undefined;
  /** The headline (Russian) */
  title: string;
  /** A link to the full text (http/https) */
  url?: string | null | undefined;
};

/** The input of `newsId`. */
export type NewsIdInput = {
  /** NewsItem id */
  newsId: string | number;
};

/** The input of `newsUpdate`. */
export type NewsUpdateInput = {
  /** New text; omit to keep */
  body?: string | null | undefined;
  /** The news item (`NewsItem.id`) */
  newsId: string | number;
  /** New headline; omit to keep */
  title?: string | null | undefined;
  /** New link (http/https); omit to keep */
  url?: string | null | undefined;
};

/** Why a notice («Уведомление») is on the home page (6.1) */
export type NoticeKind =
  /** A court claim for the debt was filed */
  | 'COURT_CLAIM_FILED'
  /** The company intends to claim the debt in court */
  | 'COURT_CLAIM_INTENDED'
  /** Debt of two months or more */
  | 'DEBT';

/** What a notification («Уведомление», 7.1) is about */
export type NotificationKind =
  /** Someone else got access to one of the viewer's accounts (see `accessNotice`) */
  | 'ACCOUNT_ACCESS'
  /** An appeal was answered or refused */
  | 'APPEAL'
  /** An autopay charge's outcome, or autopay switched off */
  | 'AUTOPAY'
  /** A court claim for the debt, intended or filed */
  | 'COURT_CLAIM'
  /** Debt of two months or more */
  | 'DEBT'
  /** Other information from the company */
  | 'INFO'
  /** A new invoice (квитанция) is issued */
  | 'INVOICE'
  /** A payment's outcome */
  | 'PAYMENT'
  /** Reminder to pay what is due */
  | 'PAYMENT_REMINDER'
  /** Reminder to submit readings (the 10th and the 24th, when a meter has none for the month) */
  | 'READINGS_REMINDER';

/** The input of `passwordReset`. */
export type PasswordResetInput = {
  /** The 6-digit SMS code (SMS recovery) */
  code?: string | null | undefined;
  /** Login, e-mail or account number, with `code` (SMS recovery) */
  login?: string | null | undefined;
  /** The new password: at least 6 characters with a digit and a lowercase Latin letter (a-z); upper-case Latin, space and !@#$%^&*() allowed, no Cyrillic; common passwords are refused */
  password: string;
  /** The same password again («Подтверждение пароля») */
  passwordConfirmation: string;
  /** The token from the e-mailed link (e-mail recovery) */
  token?: string | null | undefined;
};

/** The input of `passwordResetRequest`. */
export type PasswordResetRequestInput = {
  /** EMAIL for a link, PHONE for an SMS code; only to a confirmed contact */
  channel: ContactChannel;
  /** Login, e-mail or account number */
  login: string;
};

/** Where the customer pays from (shown as «Способ платежа») */
export type PaymentCreateChannel =
  /** The retailer's mobile app */
  | 'MOBILE_APP'
  /** The web cabinet */
  | 'WEB';

/** The input of `paymentCreate`. */
export type PaymentCreateInput = {
  /** The personal account to pay for (`Account.id`) */
  accountId: string | number;
  /** Where the customer pays from; WEB by default */
  channel?: PaymentCreateChannel | null | undefined;
  /** Unique per attempt (a UUID): repeats return the same payment */
  idempotencyKey: string;
  /** Per supplier; a SEPARATE supplier only on its own */
  items: Array<PaymentItemInput>;
  /** BILL by default; ADVANCE for «Оплатить авансом» */
  purpose?: PaymentCreatePurpose | null | undefined;
  /** A saved card; omit for «Другая карта» */
  savedCardId?: string | number | null | undefined;
};

/** What a card payment is for */
export type PaymentCreatePurpose =
  /** «Оплатить авансом»: the preliminary calculation's sum, after its acknowledgment (6.2.3) */
  | 'ADVANCE'
  /** «Оплата услуг»: what is due */
  | 'BILL';

/** The input of `paymentItem`. */
export type PaymentItemInput = {
  /** Сумма к оплате этому поставщику; 0 leaves the supplier out */
  amount: string;
  /** The supplier's id: `SupplierAmountDue.supplier.id` */
  supplierId: string | number;
};

/** BILL: оплата услуг; ADVANCE: оплата авансом (6.2.3); AUTOPAY; CARD_VERIFICATION: 1 ₽ при привязке карты */
export type PaymentPurpose =
  /** «Оплата авансом» after the preliminary calculation (6.2.3) */
  | 'ADVANCE'
  /** «Автоплатеж»: charged by autopay without the customer */
  | 'AUTOPAY'
  /** «Оплата услуг»: paying what is due */
  | 'BILL'
  /** «Проверка карты»: the 1 ₽ charged and returned when a card is bound for autopay */
  | 'CARD_VERIFICATION';

/** The input of `paymentReceiptPdfCreate`. */
export type PaymentReceiptPdfCreateInput = {
  /** A payment with a receipt (`Payment.id`) */
  paymentId: string | number;
};

/** Where a card payment is; `paymentStatusChanged` reports each change */
export type PaymentStatus =
  /** «Отменен»: the customer left the bank's page or it expired */
  | 'CANCELLED'
  /** «Создан»: recorded, not yet sent to the bank */
  | 'CREATED'
  /** «Не выполнен»: the bank declined it (see `failureReason`) */
  | 'FAILED'
  /** «Ожидает оплаты в банке»: waiting on the bank's card page (`confirmationUrl`) */
  | 'PENDING'
  /** «Возвращен»: the money was returned (e.g. the 1 ₽ card check) */
  | 'REFUNDED'
  /** «Оплачен»: the bank confirmed it; a receipt (чек) is issued */
  | 'SUCCEEDED';

/** Through which channel readings are submitted (stored as their `source`). Who may claim which: customers WEB and MOBILE_APP; partner keys PARTNER, OFFICE and CONTROL_ROUND; staff OFFICE and CONTROL_ROUND; REMINDER_LINK only `reminderReadingsSubmit` records; any other is CHANNEL_NOT_ALLOWED. */
export type ReadingChannel =
  /** «Приложение клиента»: the customer's own app or home automation with a personal API token («Доступ для приложений») */
  | 'API_TOKEN'
  /** «Контрольный обход»: a control reading by the retailer's inspector; it outranks the customer's reading of the month */
  | 'CONTROL_ROUND'
  /** «Мобильное приложение»: the customer in the retailer's mobile app */
  | 'MOBILE_APP'
  /** «Клиентский офис»: taken at the client office (staff, or the office's system with a partner key) */
  | 'OFFICE'
  /** «АСКУЭ»: an automatic metering system with a partner key */
  | 'PARTNER'
  /** «По ссылке из напоминания»: the customer by the personal link of a readings reminder (e-mail or SMS), without signing in (`reminderReadingsSubmit`) */
  | 'REMINDER_LINK'
  /** «Личный кабинет»: the customer in the web cabinet */
  | 'WEB';

/** The input of `readingDisputeAccept`. */
export type ReadingDisputeAcceptInput = {
  /** The answer the customer reads (Russian) */
  answer: string;
  /** The dispute in progress (`Appeal.id`) */
  appealId: string | number;
  /** The corrected value of every zone of the meter */
  readings: Array<ReadingDisputeValueInput>;
};

/** The input of `readingDisputeSubmit`. */
export type ReadingDisputeSubmitInput = {
  /** The account (ЛС) linked to the viewer */
  accountId: string | number;
  /** «Комментарий»: up to 4000 characters */
  comment?: string | null | undefined;
  /** Consent to personal data processing (152-ФЗ); must be true */
  consentPersonalData: boolean;
  /** Acceptance of the simple electronic signature agreement; must be true */
  consentSimpleSignature: boolean;
  /** A key the client makes per dispute (a UUID): a retry with the same key and input returns the appeal already filed. Kept 24 hours */
  idempotencyKey?: string | null | undefined;
  /** The meter of that account (`Meter.id`) */
  meterId: string | number;
  /** «Фото табло прибора учета»: JPEG, PNG or HEIC, up to 10 MB (required) */
  photo?: File | null | undefined;
  /** Every zone of the meter, as the display shows; at least one below the accepted value */
  readings: Array<ReadingDisputeValueInput>;
};

/** The input of `readingDisputeValue`. */
export type ReadingDisputeValueInput = {
  /** The value, e.g. "2640" or "2640,5" */
  value: string;
  /** One of the meter's `zones` */
  zone: TariffZone;
};

/** The input of `readingHistoryPdfCreate`. */
export type ReadingHistoryPdfCreateInput = {
  /** «Только принятые к расчету» */
  acceptedOnly?: boolean | null | undefined;
  /** The personal account (`Account.id`) */
  accountId: string | number;
  /** «с»: first month, inclusive */
  from: string;
  /** «по»: last month, inclusive (at most 36 months) */
  to: string;
};

/** The input of `readingPhotoLinkCreate`. */
export type ReadingPhotoLinkCreateInput = {
  /** The photo (`ReadingPhoto.id`) */
  photoId: string | number;
};

/** Where a reading is in billing */
export type ReadingStatus =
  /** «Принято к расчету»: billing used it for the month's charges */
  | 'ACCEPTED'
  /** Not used by billing */
  | 'REJECTED'
  /** «Передано»: received, waiting for the month's close; a later submission of the month replaces it */
  | 'SUBMITTED'
  /** Replaced by a later submission of the same month (or by a control reading) */
  | 'SUPERSEDED';

/** How a new session's refresh token is handed over */
export type RefreshTokenDelivery =
  /** In the answer's `session.refreshToken` (apps that are not browsers) */
  | 'BODY'
  /** An HttpOnly cookie (web browsers): script never sees the token */
  | 'COOKIE';

/** The input of `reminderReadingsSubmit`. */
export type ReminderReadingsSubmitInput = {
  /** «Передать внесённые показания» after a warning */
  confirmOverLimit?: boolean | null | undefined;
  /** Every zone of each meter named, each once; all are saved or none */
  readings: Array<MeterReadingInput>;
  /** The link's token (e-mail) or short code (SMS), as for `reminderLink` */
  token: string;
};

/** The input of `savedCardDelete`. */
export type SavedCardDeleteInput = {
  /** The card (`SavedCard.id`) */
  cardId: string | number;
};

/** The input of `sessionCreate`. */
export type SessionCreateInput = {
  /** Login, e-mail or 10-digit account number */
  login: string;
  /** The password */
  password: string;
  /** How the refresh token comes back: COOKIE (default) for browsers, BODY for apps */
  refreshTokenDelivery?: RefreshTokenDelivery | null | undefined;
};

/** What an employee may do in the operators' console */
export type StaffRole =
  /** Also closes billing periods and edits catalogs */
  | 'ADMIN'
  /** The contact centre (7.2): finds users, signs them out, resets their credentials */
  | 'CONTACT_CENTRE'
  /** Answers appeals, keeps news and meter blocks */
  | 'OPERATOR';

/** The input of `staffSessionCreate`. */
export type StaffSessionCreateInput = {
  /** The console login */
  login: string;
  /** The employee's password */
  password: string;
  /** How the refresh token comes back: COOKIE for browsers */
  refreshTokenDelivery?: RefreshTokenDelivery | null | undefined;
};

/** How a supplier is paid («Оплата услуг», 6.4.3) */
export type SupplierKind =
  /** A capital repair fund («фонд капитального ремонта») */
  | 'CAPITAL_REPAIR'
  /** The retailer itself: its services are paid together in one payment («в общем расщеплении») */
  | 'RETAILER'
  /** A supplier that takes only a payment of its own («отдельным платежом») */
  | 'SEPARATE'
  /** The regional waste operator («региональный оператор по обращению с ТКО») */
  | 'WASTE_OPERATOR';

/** A tariff zone («тарифная зона», зона суток) of a meter and its tariff */
export type TariffZone =
  /** «Круглосуточно»: a one-zone meter */
  | 'ALL_DAY'
  /** «День» */
  | 'DAY'
  /** «Ночь» */
  | 'NIGHT'
  /** «Пик» */
  | 'PEAK'
  /** «Полупик» */
  | 'SEMI_PEAK';

/** Stable machine-readable code of a `UserError`; switch on it, never on the (Russian) message. New values may be added. */
export type UserErrorCode =
  /** Linking is refused while another user's «Это не я» report about this user and account is reviewed. */
  | 'ACCESS_SUSPENDED'
  /** The personal account («лицевой счет») does not exist, is closed, or is not linked to the caller. */
  | 'ACCOUNT_NOT_FOUND'
  /** The personal account («лицевой счет») is not linked to the signed-in user. */
  | 'ACCOUNT_NOT_LINKED'
  /** The owner's surname does not match the personal account («Введены ошибочные данные (ЛС или Фамилия)»). */
  | 'ACCOUNT_OR_SURNAME'
  /** The contact is already confirmed. */
  | 'ALREADY_CONFIRMED'
  /** The personal account is already linked to this user. */
  | 'ALREADY_LINKED'
  /** The answer was rated already; it can be rated once. */
  | 'ALREADY_RATED'
  /** A user with this e-mail, or for this personal account, is already registered; recover the password instead. */
  | 'ALREADY_REGISTERED'
  /** «Это не я» was already reported for this notice; the message names the appeal («обращение») number. */
  | 'ALREADY_REPORTED'
  /** An amount of money has more than two decimal places (kopecks). */
  | 'AMOUNT_KOPECKS'
  /** An amount of money must be greater than zero. */
  | 'AMOUNT_NOT_POSITIVE'
  /** An amount of money is above the allowed maximum. */
  | 'AMOUNT_TOO_LARGE'
  /** The appeal («заявление») does not exist or is not the caller's. */
  | 'APPEAL_NOT_FOUND'
  /** Another user of the account connected its autopay; only that user may change or disable it. */
  | 'AUTOPAY_FORBIDDEN'
  /** The account's autopay is «Не подключен». */
  | 'AUTOPAY_NOT_CONNECTED'
  /** The acquiring bank refused the payment; the message is the bank's reason. */
  | 'BANK_REFUSED'
  /** The acquiring bank is unreachable for a moment; retry later (nothing was charged). */
  | 'BANK_UNAVAILABLE'
  /** The value is below the last accepted reading, which the manual forbids; the message names that value and what to do. */
  | 'BELOW_ACCEPTED'
  /** Both a saved card and «Новая карта» were chosen; pick one. */
  | 'CARD_CHOICE'
  /** The saved card has expired. */
  | 'CARD_EXPIRED'
  /** The saved card does not exist or is not the caller's. */
  | 'CARD_NOT_FOUND'
  /** Neither a saved card nor «Новая карта» was chosen for the autopay. */
  | 'CARD_REQUIRED'
  /** The bank refused the 1 ₽ verification of the new card; the message gives the bank's reason when known. */
  | 'CARD_VERIFICATION_FAILED'
  /** The caller may not record readings with this `channel`: customers send WEB or MOBILE_APP, partner keys PARTNER, OFFICE or CONTROL_ROUND, staff OFFICE or CONTROL_ROUND. */
  | 'CHANNEL_NOT_ALLOWED'
  /** Period close: the month already has charges imported outside the close. */
  | 'CHARGES_EXIST'
  /** Too many wrong codes: request a new one. */
  | 'CODE_EXHAUSTED'
  /** The confirmation code expired: request a new one. */
  | 'CODE_EXPIRED'
  /** No code was requested, it was used already, or it was sent to a phone number changed since. */
  | 'CODE_MISSING'
  /** The confirmation code is wrong; the message says how many attempts are left. */
  | 'CODE_WRONG'
  /** Unlinking the last personal account deletes the user within 24 hours; repeat with `confirmDeletion: true`. */
  | 'CONFIRMATION_REQUIRED'
  /** The appeal changed meanwhile (another operator); reload and retry. */
  | 'CONFLICT'
  /** A required consent box is not ticked. */
  | 'CONSENT_REQUIRED'
  /** Neither an e-mail nor a phone was given («Обязательно необходим один из контактов»). */
  | 'CONTACT_REQUIRED'
  /** A supplier («поставщик») appears twice in one payment. */
  | 'DUPLICATE_SUPPLIER'
  /** Period close: an earlier month is still open; periods close in order. */
  | 'EARLIER_PERIOD_OPEN'
  /** The action needs a confirmed e-mail address and the user's is not confirmed. */
  | 'EMAIL_NOT_CONFIRMED'
  /** Another user has this e-mail address. */
  | 'EMAIL_TAKEN'
  /** The submission has no readings. */
  | 'EMPTY'
  /** Operators: this reason's processing time cannot be extended. */
  | 'EXTEND_NOT_ALLOWED'
  /** The FAQ entry («вопрос») does not exist. */
  | 'FAQ_NOT_FOUND'
  /** The files together exceed 25 MB («Общий лимит вложений: 25 МБ»). */
  | 'FILES_TOO_LARGE'
  /** An attached file is empty. */
  | 'FILE_EMPTY'
  /** The appeal's file does not exist or is not visible to the caller. */
  | 'FILE_NOT_FOUND'
  /** A required scan («обязательное вложение») is missing; the message names it. */
  | 'FILE_REQUIRED'
  /** A file is not PDF, JPG, JPEG, PNG, TIF/TIFF, ZIP or RAR by its content (an operator's answer takes PDF only). */
  | 'FILE_TYPE'
  /** The signed-in principal may not do this (a customer calling a staff operation, a partner key without the scope). */
  | 'FORBIDDEN'
  /** A request with this idempotency key is still being processed (sent twice at once and the first one is slow); retry the same request later. */
  | 'IDEMPOTENCY_KEY_IN_PROGRESS'
  /** The idempotency key was already used with a different request body. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** An input value failed the schema's validation (format or bounds). */
  | 'INVALID'
  /** The personal account number («номер лицевого счета») is not 10 digits. */
  | 'INVALID_ACCOUNT_NUMBER'
  /** The login (or account number) and password do not match a user. */
  | 'INVALID_CREDENTIALS'
  /** The autopay day («день списания») must be 1–27. */
  | 'INVALID_DAY'
  /** The e-mail address is malformed, not Latin-only, or in the unsupported «.рф» domain. */
  | 'INVALID_EMAIL'
  /** The idempotency key is not 8–100 characters of Latin letters, digits, `_-:.`. */
  | 'INVALID_IDEMPOTENCY_KEY'
  /** The new login is not 3–64 characters of Latin letters, digits and `@ . _ -`. */
  | 'INVALID_LOGIN'
  /** The phone is not an 11-digit Russian federal mobile number. */
  | 'INVALID_PHONE'
  /** A month range «с» / «по» is reversed («order») or longer than 36 months («span»). */
  | 'INVALID_RANGE'
  /** The rating is not one of the offered options. */
  | 'INVALID_RATING'
  /** A text contains characters that are not allowed (control characters, broken Unicode). */
  | 'INVALID_TEXT'
  /** Operators: the action does not fit the appeal's current status. */
  | 'INVALID_TRANSITION'
  /** A value is outside what the field allows. */
  | 'INVALID_VALUE'
  /** No invoice («квитанция») was issued for the account and period. */
  | 'INVOICE_NOT_FOUND'
  /** Period close: a later month is closed already; periods close in order. */
  | 'LATER_PERIOD_CLOSED'
  /** The e-mail link is invalid, used, expired, or for an address changed since. */
  | 'LINK_INVALID'
  /** Another user has this login. */
  | 'LOGIN_TAKEN'
  /** An operator blocked readings for the meter; the message gives the reason. */
  | 'METER_BLOCKED'
  /** The meter is «Отключен» (or failed): only its history is shown, no readings are taken. */
  | 'METER_DISABLED'
  /** The meter («прибор учета») does not exist. */
  | 'METER_NOT_FOUND'
  /** The news item («новость») does not exist. */
  | 'NEWS_NOT_FOUND'
  /** The newcomer notice does not exist or is not the caller's. */
  | 'NOTICE_NOT_FOUND'
  /** Operators: the appeal is not a readings dispute («Несогласие с принятыми показаниями»), so no reading can be accepted with it. */
  | 'NOT_A_DISPUTE'
  /** A readings dispute is for values below the last accepted ones; these are not below: submit them as usual. */
  | 'NOT_BELOW_ACCEPTED'
  /** Unblocking a meter whose readings are not blocked. */
  | 'NOT_BLOCKED'
  /** Only an appeal «Завершено» can be rated. */
  | 'NOT_COMPLETED'
  /** The referenced object does not exist or is not visible to the caller. */
  | 'NOT_FOUND'
  /** Every line of the payment is zero. */
  | 'NO_AMOUNT'
  /** Password recovery by e-mail: the user has no e-mail («У пользователя не указан e-mail»). */
  | 'NO_CONFIRMED_EMAIL'
  /** Password recovery by SMS: the user has no phone. */
  | 'NO_CONFIRMED_PHONE'
  /** The user has no contact of this kind to send a confirmation to. */
  | 'NO_CONTACT'
  /** Confirming the e-mail: the user has none. */
  | 'NO_EMAIL'
  /** Confirming the phone: the user has none. */
  | 'NO_PHONE'
  /** More than one file for a slot that takes one. */
  | 'ONE_FILE_ONLY'
  /** Readings are accepted only inside the monthly window (by default the 1st to the 25th); the message names the days. */
  | 'OUTSIDE_WINDOW'
  /** The session was opened with a password that breaks the rules of 3.1 (a previous portal's password, for one): until `viewerPasswordChange` sets a new one, every other operation that needs a signed-in customer answers with this top-level error (`extensions.code`); the message names the rule broken. */
  | 'PASSWORD_CHANGE_REQUIRED'
  /** The password and its confirmation differ. */
  | 'PASSWORD_MISMATCH'
  /** Card payments are switched off on this installation. */
  | 'PAYMENTS_UNAVAILABLE'
  /** Period close: the month has not ended yet. */
  | 'PERIOD_NOT_ENDED'
  /** Password recovery by SMS: the user's phone was never confirmed. */
  | 'PHONE_NOT_CONFIRMED'
  /** More than one photo for one meter in a submission: one photo of each meter's display. */
  | 'PHOTO_DUPLICATE'
  /** The photo does not exist or is not of an account the caller may see. */
  | 'PHOTO_NOT_FOUND'
  /** A readings dispute needs the photo of the meter's display (manual 6.2: «при себе необходимо иметь фото табло прибора учета»). */
  | 'PHOTO_REQUIRED'
  /** The photo is larger than 10 MB. */
  | 'PHOTO_TOO_LARGE'
  /** The photo is not a JPEG, PNG or HEIC/HEIF image by its content (whatever its name says). */
  | 'PHOTO_TYPE'
  /** The photo's content is damaged or cut short: it could not be decoded. */
  | 'PHOTO_UNREADABLE'
  /** Web Push is switched off on this server (WEB_PUSH=false). */
  | 'PUSH_DISABLED'
  /** The browser's subscription is not one: endpoint not an https URL, or keys not a P-256 key (65 bytes) and a 16-byte auth secret, base64url. */
  | 'PUSH_SUBSCRIPTION_INVALID'
  /** Too many attempts in a short time (codes sent, registrations, password recoveries); the message says how many minutes to wait. */
  | 'RATE_LIMITED'
  /** Every contact-centre action records why: a reason of 3–500 characters is required. */
  | 'REASON_REQUIRED'
  /** The payment has no receipt («чек») yet. */
  | 'RECEIPT_NOT_FOUND'
  /** The reminder's readings link is past the end of this month's readings window (it works until the window closes). */
  | 'REMINDER_LINK_EXPIRED'
  /** The reminder's readings link is not one we sent, or it no longer works: the password was changed, or the account was unlinked from the user since. */
  | 'REMINDER_LINK_INVALID'
  /** A required field is empty. */
  | 'REQUIRED'
  /** A code or link was sent less than a minute ago; the message says how many seconds to wait. */
  | 'RESEND_TOO_SOON'
  /** The search text is not an account number, a login, an e-mail or a phone number (at least 3 characters). */
  | 'SEARCH_TOO_SHORT'
  /** The supplier takes only a payment of its own («отдельным платежом»); pay it separately. */
  | 'SEPARATE_PAYMENT'
  /** `sessionRefresh`: the refresh token is missing, expired, revoked or reused; sign in again. */
  | 'SESSION_EXPIRED'
  /** The file storage failed during the upload; nothing was kept. Retry in a few minutes. */
  | 'STORAGE_UNAVAILABLE'
  /** The supplier does not serve the chosen personal account. */
  | 'SUPPLIER_NOT_FOUND'
  /** The expiry («Срок действия») is not in the future or is more than 365 days (a year) away. */
  | 'TOKEN_EXPIRY_INVALID'
  /** The customer already has 20 working tokens; revoke one first. */
  | 'TOKEN_LIMIT'
  /** The token needs a name («Название») to tell it apart in the list. */
  | 'TOKEN_NAME_REQUIRED'
  /** The token's name is longer than 60 characters. */
  | 'TOKEN_NAME_TOO_LONG'
  /** The token does not exist or is not the caller's. */
  | 'TOKEN_NOT_FOUND'
  /** A token needs at least one scope («Права доступа»). */
  | 'TOKEN_SCOPES_REQUIRED'
  /** A text is longer than the field allows. */
  | 'TOO_LONG'
  /** Sign-in is locked for a while after repeated wrong passwords; the message says how many minutes. */
  | 'TOO_MANY_ATTEMPTS'
  /** Too many files in one request. */
  | 'TOO_MANY_FILES'
  /** The appeal's topic and reason («тема и причина заявления») are missing or unknown. */
  | 'TYPE_NOT_FOUND'
  /** No valid credential was sent, or it expired: sign in (or refresh the session) and retry. Reported as a top-level error with `extensions.code`, never in `userErrors`. */
  | 'UNAUTHENTICATED'
  /** A form field that the chosen reason does not have. */
  | 'UNKNOWN_FIELD'
  /** The meter («прибор учета») is not on this personal account. */
  | 'UNKNOWN_METER'
  /** A file for a slot the chosen reason does not have. */
  | 'UNKNOWN_SLOT'
  /** No user has this login or personal account number. */
  | 'USER_NOT_FOUND'
  /** The password breaks a rule of the manual (3.1: 6+ characters, a digit, a lowercase Latin letter, no Cyrillic) or is a common one. */
  | 'WEAK_PASSWORD'
  /** The current password given to change it is wrong. */
  | 'WRONG_PASSWORD'
  /** Every tariff zone («тарифная зона») of a meter must be given, each once. */
  | 'ZONES';

/** The input of `userRegister`. */
export type UserRegisterInput = {
  /** Лицевой счет: 10 digits */
  accountNumber: string;
  /** Согласие на обработку персональных данных (152-ФЗ) */
  consentPersonalData: boolean;
  /** Latin letters only; .рф is not supported */
  email?: string | null | undefined;
  /** A key the app makes per registration (a UUID): sent again within 24 hours with the same input it answers the same user with a new session instead of «already registered»; another input with the key is IDEMPOTENCY_KEY_REUSED */
  idempotencyKey?: string | null | undefined;
  /** Фамилия собственника */
  ownerLastName: string;
  /** The new password: at least 6 characters with a digit and a lowercase Latin letter (a-z); upper-case Latin, space and !@#$%^&*() allowed, no Cyrillic; common passwords are refused */
  password: string;
  /** The same password again («Подтверждение пароля») */
  passwordConfirmation: string;
  /** 11-digit federal number: +7 (999) 999-99-99, 89999999999 … */
  phone?: string | null | undefined;
};

/** «Ставка НДС» of a receipt line (54-ФЗ) */
export type VatRate =
  /** «Без НДС» (e.g. capital repair contributions) */
  | 'NONE'
  /** «НДС 0%» */
  | 'VAT0'
  /** «НДС 10%» */
  | 'VAT10'
  /** «НДС 20%» (before 2026) */
  | 'VAT20'
  /** «НДС 22%» (from 2026) */
  | 'VAT22';

/** The input of `viewerActiveAccountSet`. */
export type ViewerActiveAccountSetInput = {
  /** A linked account (`Account.id`) */
  accountId: string | number;
};

/** The input of `viewerContactsUpdate`. */
export type ViewerContactsUpdateInput = {
  /** New e-mail (Latin letters only; .рф is not supported); omit to keep */
  email?: string | null | undefined;
  /** New phone, an 11-digit federal number; omit to keep */
  phone?: string | null | undefined;
};

/** The input of `viewerLoginChange`. */
export type ViewerLoginChangeInput = {
  /** The new login: 3 to 64 Latin letters, digits and @ . _ -; not taken by another user (else LOGIN_TAKEN) */
  login: string;
};

/** The input of `viewerPasswordChange`. */
export type ViewerPasswordChangeInput = {
  /** The current password */
  currentPassword: string;
  /** The new password: at least 6 characters with a digit and a lowercase Latin letter (a-z); upper-case Latin, space and !@#$%^&*() allowed, no Cyrillic; common passwords are refused */
  password: string;
  /** The same password again («Подтверждение пароля») */
  passwordConfirmation: string;
};

/** The input of `viewerPushSubscribe`. */
export type ViewerPushSubscribeInput = {
  /** Answers to the viewer's appeals */
  appealAnswers: boolean;
  /** PushSubscription.getKey('auth'), base64url */
  auth: string;
  /** PushSubscription.endpoint (an https URL) */
  endpoint: string;
  /** PushSubscription.getKey('p256dh'), base64url */
  p256dh: string;
  /** Reminders to pay */
  paymentReminders: boolean;
  /** Reminders to submit readings */
  readingReminders: boolean;
};

/** The input of `viewerPushUnsubscribe`. */
export type ViewerPushUnsubscribeInput = {
  /** PushSubscription.endpoint of this browser */
  endpoint: string;
};

/** The input of `viewerSubscriptionsUpdate`. */
export type ViewerSubscriptionsUpdateInput = {
  /** «Квитанция в электронном виде» */
  eInvoice: boolean;
  /** «Другая информация от Общества» */
  info: boolean;
};

export type ConsumptionComparisonQueryVariables = Exact<{
  accountId: string | number;
  period?: string | null | undefined;
}>;


export type ConsumptionComparisonQuery = { __typename: 'Query', node:
    | { __typename: 'Account', id: string, consumptionComparison: { __typename: 'ConsumptionComparison', period: string, yearAgo: string, services: Array<{ __typename: 'ServiceConsumption', service: string, serviceCode: string, unit: string, changeFromYearAgoPercent: number | null, changeFromNormPercent: number | null, yearAgoText: string, normText: string | null, current: { __typename: 'ConsumptionPoint', period: string, volume: string | null, basis: ConsumptionBasis | null }, yearAgo: { __typename: 'ConsumptionPoint', period: string, volume: string | null, basis: ConsumptionBasis | null }, months: Array<{ __typename: 'ConsumptionPoint', period: string, volume: string | null, basis: ConsumptionBasis | null }>, norm: { __typename: 'ObjectNorm', volume: string } | null }> } }
    | { __typename: 'Appeal', id: string }
    | { __typename: 'AppealFile', id: string }
    | { __typename: 'AppealType', id: string }
    | { __typename: 'Autopay', id: string }
    | { __typename: 'FaqEntry', id: string }
    | { __typename: 'Invoice', id: string }
    | { __typename: 'Meter', id: string }
    | { __typename: 'NewsItem', id: string }
    | { __typename: 'Notification', id: string }
    | { __typename: 'Payment', id: string }
    | { __typename: 'ReadingPhoto', id: string }
    | { __typename: 'SavedCard', id: string }
    | { __typename: 'Supplier', id: string }
   | null };

export type ViewerPasswordChangeMutationVariables = Exact<{
  input: ViewerPasswordChangeInput;
}>;


export type ViewerPasswordChangeMutation = { __typename: 'Mutation', viewerPasswordChange: { __typename: 'ViewerPasswordChangePayload', viewer: { __typename: 'Viewer', id: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ContactCodeSendMutationVariables = Exact<{
  input: ContactCodeSendInput;
}>;


export type ContactCodeSendMutation = { __typename: 'Mutation', contactCodeSend: { __typename: 'ContactCodeSendPayload', sent: boolean, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type PhoneConfirmMutationVariables = Exact<{
  input: ContactConfirmInput;
}>;


export type PhoneConfirmMutation = { __typename: 'Mutation', contactConfirm: { __typename: 'ContactConfirmPayload', viewer: { __typename: 'Viewer', id: string, phone: string | null, phoneConfirmed: boolean, profileCompleteness: number } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type RetailerQueryVariables = Exact<{ [key: string]: never; }>;


export type RetailerQuery = { __typename: 'Query', retailer: { __typename: 'Retailer', timezone: string } };

export type ViewerActiveAccountSetMutationVariables = Exact<{
  input: ViewerActiveAccountSetInput;
}>;


export type ViewerActiveAccountSetMutation = { __typename: 'Mutation', viewerActiveAccountSet: { __typename: 'ViewerActiveAccountSetPayload', viewer: { __typename: 'Viewer', id: string, activeAccount: { __typename: 'Account', id: string } | null } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type AppViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AppViewerQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', id: string, login: string, unreadNotificationCount: number, accounts: Array<{ __typename: 'Account', id: string, number: string, address: string }>, activeAccount: { __typename: 'Account', id: string, number: string, ownerFullName: string, address: string, amountDue: { __typename: 'AmountDue', asOf: string, total: string, penalty: string } } | null } | null };

export type SessionRefreshMutationVariables = Exact<{ [key: string]: never; }>;


export type SessionRefreshMutation = { __typename: 'Mutation', sessionRefresh: { __typename: 'SessionRefreshPayload', session: { __typename: 'SessionTokens', accessToken: string, accessTokenExpiresAt: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type SessionRevokeMutationVariables = Exact<{ [key: string]: never; }>;


export type SessionRevokeMutation = { __typename: 'Mutation', sessionRevoke: { __typename: 'SessionRevokePayload', revoked: boolean, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode }> } };

export type StaffSessionRefreshMutationVariables = Exact<{ [key: string]: never; }>;


export type StaffSessionRefreshMutation = { __typename: 'Mutation', staffSessionRefresh: { __typename: 'StaffSessionRefreshPayload', session: { __typename: 'SessionTokens', accessToken: string, accessTokenExpiresAt: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type StaffSessionRevokeMutationVariables = Exact<{ [key: string]: never; }>;


export type StaffSessionRevokeMutation = { __typename: 'Mutation', staffSessionRevoke: { __typename: 'StaffSessionRevokePayload', revoked: boolean, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode }> } };

export type AppealsAccessQueryVariables = Exact<{ [key: string]: never; }>;


export type AppealsAccessQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', id: string, appealsAccess: { __typename: 'AppealsAccess', allowed: boolean, code: UserErrorCode | null, reason: string | null } } | null };

export type AppealsJournalQueryVariables = Exact<{
  first: number;
}>;


export type AppealsJournalQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', id: string, appeals: { __typename: 'ViewerAppealsConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean }, nodes: Array<{ __typename: 'Appeal', id: string, number: string, createdAt: string, title: string, status: AppealStatus, statusText: string, account: { __typename: 'Account', id: string, number: string } }> } } | null };

export type AppealDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type AppealDetailsQuery = { __typename: 'Query', appealRatingOptions: Array<{ __typename: 'AppealRatingOption', value: number, label: string }>, node:
    | { __typename: 'Account', id: string }
    | { __typename: 'Appeal', id: string, number: string, createdAt: string, title: string, topicTitle: string, isQuestion: boolean, status: AppealStatus, statusText: string, dueDate: string, processingTimeText: string, overdue: boolean, text: string | null, answer: string | null, answeredAt: string | null, rating: number | null, ratingText: string | null, ratedAt: string | null, canRate: boolean, account: { __typename: 'Account', id: string, number: string, address: string }, applicant: { __typename: 'AppealApplicantSnapshot', name: string, address: string | null, email: string | null, phone: string | null }, fields: Array<{ __typename: 'AppealFieldValue', code: string, label: string, kind: AppealFieldKind, section: string | null, value: string }>, attachedFiles: { __typename: 'AppealAttachedFilesConnection', nodes: Array<{ __typename: 'AppealFile', id: string, fileName: string, size: number, kind: AppealFileKind, mimeType: string, slotCode: string | null, slotLabel: string | null }> }, answerFiles: Array<{ __typename: 'AppealFile', id: string, fileName: string, size: number, kind: AppealFileKind, mimeType: string, slotCode: string | null, slotLabel: string | null }>, statusChanges: { __typename: 'AppealStatusChangesConnection', nodes: Array<{ __typename: 'AppealStatusChange', fromStatus: AppealStatus | null, toStatus: AppealStatus, toStatusText: string, at: string, comment: string | null, byStaff: boolean, staffName: string | null }> } }
    | { __typename: 'AppealFile', id: string }
    | { __typename: 'AppealType', id: string }
    | { __typename: 'Autopay', id: string }
    | { __typename: 'FaqEntry', id: string }
    | { __typename: 'Invoice', id: string }
    | { __typename: 'Meter', id: string }
    | { __typename: 'NewsItem', id: string }
    | { __typename: 'Notification', id: string }
    | { __typename: 'Payment', id: string }
    | { __typename: 'ReadingPhoto', id: string }
    | { __typename: 'SavedCard', id: string }
    | { __typename: 'Supplier', id: string }
   | null };

export type AppealRateMutationVariables = Exact<{
  input: AppealRateInput;
}>;


export type AppealRateMutation = { __typename: 'Mutation', appealRate: { __typename: 'AppealRatePayload', appeal: { __typename: 'Appeal', id: string, number: string, createdAt: string, title: string, topicTitle: string, isQuestion: boolean, status: AppealStatus, statusText: string, dueDate: string, processingTimeText: string, overdue: boolean, text: string | null, answer: string | null, answeredAt: string | null, rating: number | null, ratingText: string | null, ratedAt: string | null, canRate: boolean, account: { __typename: 'Account', id: string, number: string, address: string }, applicant: { __typename: 'AppealApplicantSnapshot', name: string, address: string | null, email: string | null, phone: string | null }, fields: Array<{ __typename: 'AppealFieldValue', code: string, label: string, kind: AppealFieldKind, section: string | null, value: string }>, attachedFiles: { __typename: 'AppealAttachedFilesConnection', nodes: Array<{ __typename: 'AppealFile', id: string, fileName: string, size: number, kind: AppealFileKind, mimeType: string, slotCode: string | null, slotLabel: string | null }> }, answerFiles: Array<{ __typename: 'AppealFile', id: string, fileName: string, size: number, kind: AppealFileKind, mimeType: string, slotCode: string | null, slotLabel: string | null }>, statusChanges: { __typename: 'AppealStatusChangesConnection', nodes: Array<{ __typename: 'AppealStatusChange', fromStatus: AppealStatus | null, toStatus: AppealStatus, toStatusText: string, at: string, comment: string | null, byStaff: boolean, staffName: string | null }> } } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type AppealStatusChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AppealStatusChangedSubscription = { appealStatusChanged: { __typename: 'Appeal', id: string, number: string, status: AppealStatus, statusText: string } };

export type AppealQuestionSubmitMutationVariables = Exact<{
  input: AppealQuestionSubmitInput;
}>;


export type AppealQuestionSubmitMutation = { __typename: 'Mutation', appealQuestionSubmit: { __typename: 'AppealQuestionSubmitPayload', appeal: { __typename: 'Appeal', id: string, number: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type AppealSubmitMutationVariables = Exact<{
  input: AppealSubmitInput;
}>;


export type AppealSubmitMutation = { __typename: 'Mutation', appealSubmit: { __typename: 'AppealSubmitPayload', appeal: { __typename: 'Appeal', id: string, number: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type AppealFileFieldsFragment = { __typename: 'AppealFile', id: string, fileName: string, size: number, kind: AppealFileKind, mimeType: string, slotCode: string | null, slotLabel: string | null };

export type AppealDetailsFieldsFragment = { __typename: 'Appeal', id: string, number: string, createdAt: string, title: string, topicTitle: string, isQuestion: boolean, status: AppealStatus, statusText: string, dueDate: string, processingTimeText: string, overdue: boolean, text: string | null, answer: string | null, answeredAt: string | null, rating: number | null, ratingText: string | null, ratedAt: string | null, canRate: boolean, account: { __typename: 'Account', id: string, number: string, address: string }, applicant: { __typename: 'AppealApplicantSnapshot', name: string, address: string | null, email: string | null, phone: string | null }, fields: Array<{ __typename: 'AppealFieldValue', code: string, label: string, kind: AppealFieldKind, section: string | null, value: string }>, attachedFiles: { __typename: 'AppealAttachedFilesConnection', nodes: Array<{ __typename: 'AppealFile', id: string, fileName: string, size: number, kind: AppealFileKind, mimeType: string, slotCode: string | null, slotLabel: string | null }> }, answerFiles: Array<{ __typename: 'AppealFile', id: string, fileName: string, size: number, kind: AppealFileKind, mimeType: string, slotCode: string | null, slotLabel: string | null }>, statusChanges: { __typename: 'AppealStatusChangesConnection', nodes: Array<{ __typename: 'AppealStatusChange', fromStatus: AppealStatus | null, toStatus: AppealStatus, toStatusText: string, at: string, comment: string | null, byStaff: boolean, staffName: string | null }> } };

export type AppealFileLinkCreateMutationVariables = Exact<{
  input: AppealFileLinkCreateInput;
}>;


export type AppealFileLinkCreateMutation = { __typename: 'Mutation', appealFileLinkCreate: { __typename: 'AppealFileLinkCreatePayload', link: { __typename: 'DocumentLink', url: string, expiresAt: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type AppealFormQueryVariables = Exact<{
  includeQuestions: boolean;
}>;


export type AppealFormQuery = { __typename: 'Query', appealTopics: Array<{ __typename: 'AppealTopic', id: string, code: string, title: string, types: Array<{ __typename: 'AppealType', id: string, code: string, title: string, topicTitle: string, processingDays: number, maxProcessingDays: number | null, processingTimeText: string, isQuestion: boolean, fields: Array<{ __typename: 'AppealField', code: string, label: string, kind: AppealFieldKind, required: boolean, section: string | null, prefillKey: string | null, sortOrder: number }>, fileSlots: Array<{ __typename: 'AppealFileSlot', code: string, label: string, required: boolean, multiple: boolean, sortOrder: number }> }> }>, appealUploadRules: { __typename: 'AppealUploadRules', maxTotalBytes: number, maxFiles: number, allowedExtensions: Array<string>, accept: string, hint: string }, appealConsents: { __typename: 'AppealConsents', version: string, personalData: string, simpleSignature: string }, viewer: { __typename: 'Viewer', id: string, activeAccount: { __typename: 'Account', id: string } | null, accounts: Array<{ __typename: 'Account', id: string, number: string, address: string, appealApplicant: { __typename: 'AppealApplicant', accountNumber: string, name: string, address: string | null, email: string | null, phone: string | null, prefill: Array<{ __typename: 'AppealPrefillValue', key: string, value: string }> } | null }> } | null };

export type ChargeHistoryQueryVariables = Exact<{
  accountId: string | number;
  from: string;
  to: string;
}>;


export type ChargeHistoryQuery = { __typename: 'Query', node:
    | { __typename: 'Account', id: string, charges: { __typename: 'ChargeHistory', from: string, to: string, emptyColumns: Array<ChargeColumn>, months: Array<{ __typename: 'ChargeMonth', period: string, billed: boolean, totals: { __typename: 'ChargeTotals', openingBalance: string, charged: string, paid: string, recalculation: string, penalty: string, closingBalance: string }, lines: Array<{ __typename: 'ChargeLine', service: string, zone: TariffZone, supplier: string, lossesPercent: string | null, transformationRatio: string | null, openingBalance: string, method: ChargeMethod, methodText: string, norm: string | null, volume: string | null, unit: string, tariff: string | null, charged: string, paid: string, recalculation: string, penalty: string, closingBalance: string, explanation: { __typename: 'ChargeExplanation', total: string, steps: Array<{ __typename: 'ChargeExplanationStep', label: string, formula: string, value: string }> } }> }> } }
    | { __typename: 'Appeal', id: string }
    | { __typename: 'AppealFile', id: string }
    | { __typename: 'AppealType', id: string }
    | { __typename: 'Autopay', id: string }
    | { __typename: 'FaqEntry', id: string }
    | { __typename: 'Invoice', id: string }
    | { __typename: 'Meter', id: string }
    | { __typename: 'NewsItem', id: string }
    | { __typename: 'Notification', id: string }
    | { __typename: 'Payment', id: string }
    | { __typename: 'ReadingPhoto', id: string }
    | { __typename: 'SavedCard', id: string }
    | { __typename: 'Supplier', id: string }
   | null };

export type ChargesPdfCreateMutationVariables = Exact<{
  input: ChargesPdfCreateInput;
}>;


export type ChargesPdfCreateMutation = { __typename: 'Mutation', chargesPdfCreate: { __typename: 'ChargesPdfCreatePayload', document: { __typename: 'DocumentLink', url: string, expiresAt: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ChargesExportQueryVariables = Exact<{
  accountId: string | number;
  from: string;
  to: string;
  format: ExportFormat;
}>;


export type ChargesExportQuery = { __typename: 'Query', node:
    | { __typename: 'Account', id: string, chargesExport: { __typename: 'ExportFile', link: { __typename: 'DocumentLink', url: string, expiresAt: string } } }
    | { __typename: 'Appeal', id: string }
    | { __typename: 'AppealFile', id: string }
    | { __typename: 'AppealType', id: string }
    | { __typename: 'Autopay', id: string }
    | { __typename: 'FaqEntry', id: string }
    | { __typename: 'Invoice', id: string }
    | { __typename: 'Meter', id: string }
    | { __typename: 'NewsItem', id: string }
    | { __typename: 'Notification', id: string }
    | { __typename: 'Payment', id: string }
    | { __typename: 'ReadingPhoto', id: string }
    | { __typename: 'SavedCard', id: string }
    | { __typename: 'Supplier', id: string }
   | null };

export type EmailConfirmMutationVariables = Exact<{
  input: ContactConfirmInput;
}>;


export type EmailConfirmMutation = { __typename: 'Mutation', contactConfirm: { __typename: 'ContactConfirmPayload', viewer: { __typename: 'Viewer', id: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type FaqQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type FaqQuery = { __typename: 'Query', faq: Array<{ __typename: 'FaqEntry', id: string, topic: string, question: string, answer: string }> };

export type HomeAccountQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeAccountQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', id: string, activeAccount: { __typename: 'Account', id: string, objectParameters: Array<{ __typename: 'ObjectParameter', label: string, value: string, url: string | null }>, tariffs: Array<{ __typename: 'TariffLine', service: string, rate: string, unit: string }>, documents: Array<{ __typename: 'AccountDocument', title: string, status: DocumentStatus, statusText: string }>, activeNotices: { __typename: 'AccountActiveNoticesConnection', nodes: Array<{ __typename: 'AccountNotice', kind: NoticeKind, text: string, createdAt: string }> } } | null } | null };

export type HomeNewsQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeNewsQuery = { __typename: 'Query', companyNews: { __typename: 'QueryCompanyNewsConnection', nodes: Array<{ __typename: 'NewsItem', id: string, title: string, url: string | null, publishedAt: string }> } };

export type QuickLinksWindowQueryVariables = Exact<{ [key: string]: never; }>;


export type QuickLinksWindowQuery = { __typename: 'Query', readingsWindow: { __typename: 'ReadingsWindow', fromDay: number, toDay: number } };

export type SessionCreateMutationVariables = Exact<{
  input: SessionCreateInput;
}>;


export type SessionCreateMutation = { __typename: 'Mutation', sessionCreate: { __typename: 'SessionCreatePayload', passwordChangeRequired: string | null, session: { __typename: 'SessionTokens', accessToken: string, accessTokenExpiresAt: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type NotificationsListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type NotificationsListQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', id: string, unreadNotificationCount: number, notifications: { __typename: 'ViewerNotificationsConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Notification', id: string, kind: NotificationKind, title: string, body: string, createdAt: string, read: boolean, accessNotice: { __typename: 'AccountAccessNotice', id: string, reported: boolean, appeal: { __typename: 'Appeal', number: string } | null } | null }> } } | null };

export type NotificationsMarkAllReadMutationVariables = Exact<{
  upToId?: string | number | null | undefined;
}>;


export type NotificationsMarkAllReadMutation = { __typename: 'Mutation', notificationsMarkAllRead: { __typename: 'NotificationsMarkAllReadPayload', markedCount: number, viewer: { __typename: 'Viewer', id: string, unreadNotificationCount: number } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, message: string }> } };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { notificationAdded: { __typename: 'Notification', id: string, kind: NotificationKind, title: string, body: string, createdAt: string, read: boolean, accessNotice: { __typename: 'AccountAccessNotice', id: string, reported: boolean, appeal: { __typename: 'Appeal', number: string } | null } | null } };

export type AccountAccessReportMutationVariables = Exact<{
  id: string | number;
}>;


export type AccountAccessReportMutation = { __typename: 'Mutation', accountAccessReport: { __typename: 'AccountAccessReportPayload', newcomerRemoved: boolean, notice: { __typename: 'AccountAccessNotice', id: string, reported: boolean, appeal: { __typename: 'Appeal', number: string } | null } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type OperatorAppealTakeMutationVariables = Exact<{
  input: AppealTakeInput;
}>;


export type OperatorAppealTakeMutation = { __typename: 'Mutation', appealTake: { __typename: 'AppealTakePayload', appeal: { __typename: 'Appeal', id: string, status: AppealStatus, statusText: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type OperatorAppealAnswerMutationVariables = Exact<{
  input: AppealAnswerInput;
}>;


export type OperatorAppealAnswerMutation = { __typename: 'Mutation', appealAnswer: { __typename: 'AppealAnswerPayload', appeal: { __typename: 'Appeal', id: string, status: AppealStatus, statusText: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type OperatorAppealRejectMutationVariables = Exact<{
  input: AppealRejectInput;
}>;


export type OperatorAppealRejectMutation = { __typename: 'Mutation', appealReject: { __typename: 'AppealRejectPayload', appeal: { __typename: 'Appeal', id: string, status: AppealStatus, statusText: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type OperatorAppealDueDateExtendMutationVariables = Exact<{
  input: AppealDueDateExtendInput;
}>;


export type OperatorAppealDueDateExtendMutation = { __typename: 'Mutation', appealDueDateExtend: { __typename: 'AppealDueDateExtendPayload', appeal: { __typename: 'Appeal', id: string, dueDate: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ContactCentreSearchQueryVariables = Exact<{
  query: string;
}>;


export type ContactCentreSearchQuery = { __typename: 'Query', contactCentreUserSearch: Array<{ __typename: 'ContactCentreUserMatch', userId: string, login: string, email: string | null, phone: string | null, accountNumbers: Array<string>, deletionRequested: boolean }> };

export type ContactCentreCardFieldsFragment = { __typename: 'ContactCentreUserCard', userId: string, login: string, email: string | null, emailConfirmedAt: string | null, phone: string | null, phoneConfirmedAt: string | null, registeredAt: string, deletionRequestedAt: string | null, accounts: Array<{ __typename: 'ContactCentreLinkedAccount', number: string, address: string, linkedAt: string }>, sessions: Array<{ __typename: 'ContactCentreSession', startedAt: string, lastUsedAt: string, clientAddress: string | null, userAgent: string | null, endedAt: string | null, endReason: string | null }> };

export type ContactCentreUserOpenMutationVariables = Exact<{
  input: ContactCentreUserOpenInput;
}>;


export type ContactCentreUserOpenMutation = { __typename: 'Mutation', contactCentreUserOpen: { __typename: 'ContactCentreUserOpenPayload', user: { __typename: 'ContactCentreUserCard', userId: string, login: string, email: string | null, emailConfirmedAt: string | null, phone: string | null, phoneConfirmedAt: string | null, registeredAt: string, deletionRequestedAt: string | null, accounts: Array<{ __typename: 'ContactCentreLinkedAccount', number: string, address: string, linkedAt: string }>, sessions: Array<{ __typename: 'ContactCentreSession', startedAt: string, lastUsedAt: string, clientAddress: string | null, userAgent: string | null, endedAt: string | null, endReason: string | null }> } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ContactCentreUserSignOutMutationVariables = Exact<{
  input: ContactCentreUserSignOutInput;
}>;


export type ContactCentreUserSignOutMutation = { __typename: 'Mutation', contactCentreUserSignOut: { __typename: 'ContactCentreUserSignOutPayload', sessionsEnded: number | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ContactCentreUserResetMutationVariables = Exact<{
  input: ContactCentreUserResetInput;
}>;


export type ContactCentreUserResetMutation = { __typename: 'Mutation', contactCentreUserReset: { __typename: 'ContactCentreUserResetPayload', login: string | null, accountNumbers: Array<string> | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ContactCentreConfirmationResendMutationVariables = Exact<{
  input: ContactCentreConfirmationResendInput;
}>;


export type ContactCentreConfirmationResendMutation = { __typename: 'Mutation', contactCentreConfirmationResend: { __typename: 'ContactCentreConfirmationResendPayload', sent: boolean, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type StaffReadingDisputeQueryVariables = Exact<{
  id: string | number;
}>;


export type StaffReadingDisputeQuery = { __typename: 'Query', node:
    | { __typename: 'Account', id: string }
    | { __typename: 'Appeal', id: string, readingDispute: { __typename: 'ReadingDispute', correctedAt: string | null, meter: { __typename: 'Meter', id: string, number: string, unit: string, resource: string, digits: number, zones: Array<TariffZone> }, entered: Array<{ __typename: 'ReadingDisputeValue', zone: TariffZone, value: string }>, accepted: Array<{ __typename: 'ReadingDisputeValue', zone: TariffZone, value: string }>, photo: { __typename: 'AppealFile', id: string, fileName: string } | null, correction: Array<{ __typename: 'MeterReading', zone: TariffZone, value: string, sourceText: string }>, meterHistory: Array<{ __typename: 'MeterReading', zone: TariffZone, value: string, period: string, submittedAt: string, sourceText: string, status: ReadingStatus, photo: { __typename: 'ReadingPhoto', id: string } | null }> } | null }
    | { __typename: 'AppealFile', id: string }
    | { __typename: 'AppealType', id: string }
    | { __typename: 'Autopay', id: string }
    | { __typename: 'FaqEntry', id: string }
    | { __typename: 'Invoice', id: string }
    | { __typename: 'Meter', id: string }
    | { __typename: 'NewsItem', id: string }
    | { __typename: 'Notification', id: string }
    | { __typename: 'Payment', id: string }
    | { __typename: 'ReadingPhoto', id: string }
    | { __typename: 'SavedCard', id: string }
    | { __typename: 'Supplier', id: string }
   | null };

export type OperatorReadingDisputeAcceptMutationVariables = Exact<{
  input: ReadingDisputeAcceptInput;
}>;


export type OperatorReadingDisputeAcceptMutation = { __typename: 'Mutation', readingDisputeAccept: { __typename: 'ReadingDisputeAcceptPayload', appeal: { __typename: 'Appeal', id: string, status: AppealStatus, statusText: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type OperatorReadingPhotoLinkCreateMutationVariables = Exact<{
  input: ReadingPhotoLinkCreateInput;
}>;


export type OperatorReadingPhotoLinkCreateMutation = { __typename: 'Mutation', readingPhotoLinkCreate: { __typename: 'ReadingPhotoLinkCreatePayload', link: { __typename: 'DocumentLink', url: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type OperatorFaqQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type OperatorFaqQuery = { __typename: 'Query', staffFaq: Array<{ __typename: 'FaqEntry', id: string, topic: string, question: string, answer: string, position: number, published: boolean, updatedAt: string }> };

export type OperatorFaqCreateMutationVariables = Exact<{
  input: FaqEntryCreateInput;
}>;


export type OperatorFaqCreateMutation = { __typename: 'Mutation', faqEntryCreate: { __typename: 'FaqEntryCreatePayload', entry: { __typename: 'FaqEntry', id: string, topic: string, question: string, answer: string, position: number, published: boolean, updatedAt: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type OperatorFaqUpdateMutationVariables = Exact<{
  input: FaqEntryUpdateInput;
}>;


export type OperatorFaqUpdateMutation = { __typename: 'Mutation', faqEntryUpdate: { __typename: 'FaqEntryUpdatePayload', entry: { __typename: 'FaqEntry', id: string, topic: string, question: string, answer: string, position: number, published: boolean, updatedAt: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type OperatorAccountMetersQueryVariables = Exact<{
  number: string;
}>;


export type OperatorAccountMetersQuery = { __typename: 'Query', staffAccount: { __typename: 'Account', id: string, number: string, ownerFullName: string, address: string, meters: Array<{ __typename: 'Meter', id: string, number: string, resource: string, statusText: string, operatorBlockReason: string | null, blockedReason: string | null }> } | null };

export type OperatorMeterBlockMutationVariables = Exact<{
  input: MeterBlockInput;
}>;


export type OperatorMeterBlockMutation = { __typename: 'Mutation', meterBlock: { __typename: 'MeterBlockPayload', meter: { __typename: 'Meter', id: string, operatorBlockReason: string | null, blockedReason: string | null } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type OperatorMeterUnblockMutationVariables = Exact<{
  input: MeterUnblockInput;
}>;


export type OperatorMeterUnblockMutation = { __typename: 'Mutation', meterUnblock: { __typename: 'MeterUnblockPayload', meter: { __typename: 'Meter', id: string, operatorBlockReason: string | null, blockedReason: string | null } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type OperatorNewsQueryVariables = Exact<{
  first: number;
  published?: boolean | null | undefined;
}>;


export type OperatorNewsQuery = { __typename: 'Query', staffNews: { __typename: 'QueryStaffNewsConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean }, nodes: Array<{ __typename: 'NewsItem', id: string, title: string, body: string | null, url: string | null, published: boolean, publishedAt: string }> } };

export type OperatorNewsCreateMutationVariables = Exact<{
  input: NewsCreateInput;
}>;


export type OperatorNewsCreateMutation = { __typename: 'Mutation', newsCreate: { __typename: 'NewsCreatePayload', news: { __typename: 'NewsItem', id: string, title: string, published: boolean } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type OperatorNewsUpdateMutationVariables = Exact<{
  input: NewsUpdateInput;
}>;


export type OperatorNewsUpdateMutation = { __typename: 'Mutation', newsUpdate: { __typename: 'NewsUpdatePayload', news: { __typename: 'NewsItem', id: string, title: string, body: string | null, url: string | null, published: boolean, publishedAt: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type OperatorNewsPublishMutationVariables = Exact<{
  input: NewsIdInput;
}>;


export type OperatorNewsPublishMutation = { __typename: 'Mutation', newsPublish: { __typename: 'NewsPublishPayload', news: { __typename: 'NewsItem', id: string, published: boolean, publishedAt: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type OperatorNewsUnpublishMutationVariables = Exact<{
  input: NewsIdInput;
}>;


export type OperatorNewsUnpublishMutation = { __typename: 'Mutation', newsUnpublish: { __typename: 'NewsUnpublishPayload', news: { __typename: 'NewsItem', id: string, published: boolean, publishedAt: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type OperatorViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type OperatorViewerQuery = { __typename: 'Query', staffViewer: { __typename: 'Staff', id: string, login: string, fullName: string, role: StaffRole } | null };

export type StaffSessionCreateMutationVariables = Exact<{
  input: StaffSessionCreateInput;
}>;


export type StaffSessionCreateMutation = { __typename: 'Mutation', staffSessionCreate: { __typename: 'StaffSessionCreatePayload', session: { __typename: 'SessionTokens', accessToken: string, accessTokenExpiresAt: string } | null, staff: { __typename: 'Staff', id: string, login: string, fullName: string, role: StaffRole } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type StaffQueueQueryVariables = Exact<{
  status?: Array<AppealStatus> | AppealStatus | null | undefined;
  overdueOnly?: boolean | null | undefined;
  number?: string | null | undefined;
  accountNumber?: string | null | undefined;
  first: number;
}>;


export type StaffQueueQuery = { __typename: 'Query', staffAppealCounts: { __typename: 'StaffAppealCounts', accepted: number, inProgress: number, overdue: number }, staffAppeals: { __typename: 'QueryStaffAppealsConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean }, nodes: Array<{ __typename: 'Appeal', id: string, number: string, createdAt: string, title: string, isQuestion: boolean, status: AppealStatus, statusText: string, dueDate: string, overdue: boolean, account: { __typename: 'Account', id: string, number: string }, operator: { __typename: 'Staff', login: string, fullName: string } | null }> } };

export type StaffAppealDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type StaffAppealDetailsQuery = { __typename: 'Query', appealUploadRules: { __typename: 'AppealUploadRules', maxTotalBytes: number, maxFiles: number }, node:
    | { __typename: 'Account', id: string }
    | { __typename: 'Appeal', id: string, number: string, createdAt: string, title: string, topicTitle: string, isQuestion: boolean, status: AppealStatus, statusText: string, dueDate: string, processingTimeText: string, overdue: boolean, text: string | null, answer: string | null, answeredAt: string | null, rating: number | null, ratingText: string | null, ratedAt: string | null, canRate: boolean, operator: { __typename: 'Staff', login: string, fullName: string } | null, type: { __typename: 'AppealType', id: string, processingDays: number, maxProcessingDays: number | null }, readingDispute: { __typename: 'ReadingDispute', correctedAt: string | null } | null, account: { __typename: 'Account', id: string, number: string, address: string }, applicant: { __typename: 'AppealApplicantSnapshot', name: string, address: string | null, email: string | null, phone: string | null }, fields: Array<{ __typename: 'AppealFieldValue', code: string, label: string, kind: AppealFieldKind, section: string | null, value: string }>, attachedFiles: { __typename: 'AppealAttachedFilesConnection', nodes: Array<{ __typename: 'AppealFile', id: string, fileName: string, size: number, kind: AppealFileKind, mimeType: string, slotCode: string | null, slotLabel: string | null }> }, answerFiles: Array<{ __typename: 'AppealFile', id: string, fileName: string, size: number, kind: AppealFileKind, mimeType: string, slotCode: string | null, slotLabel: string | null }>, statusChanges: { __typename: 'AppealStatusChangesConnection', nodes: Array<{ __typename: 'AppealStatusChange', fromStatus: AppealStatus | null, toStatus: AppealStatus, toStatusText: string, at: string, comment: string | null, byStaff: boolean, staffName: string | null }> } }
    | { __typename: 'AppealFile', id: string }
    | { __typename: 'AppealType', id: string }
    | { __typename: 'Autopay', id: string }
    | { __typename: 'FaqEntry', id: string }
    | { __typename: 'Invoice', id: string }
    | { __typename: 'Meter', id: string }
    | { __typename: 'NewsItem', id: string }
    | { __typename: 'Notification', id: string }
    | { __typename: 'Payment', id: string }
    | { __typename: 'ReadingPhoto', id: string }
    | { __typename: 'SavedCard', id: string }
    | { __typename: 'Supplier', id: string }
   | null };

export type StaffAppealQueueChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type StaffAppealQueueChangedSubscription = { staffAppealQueueChanged: { __typename: 'Appeal', id: string, number: string, status: AppealStatus, statusText: string } };

export type PasswordChangeStateQueryVariables = Exact<{ [key: string]: never; }>;


export type PasswordChangeStateQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', id: string } | null };

export type SavedCardDeleteMutationVariables = Exact<{
  input: SavedCardDeleteInput;
}>;


export type SavedCardDeleteMutation = { __typename: 'Mutation', savedCardDelete: { __typename: 'SavedCardDeletePayload', deletedCardId: string | null, disabledAutopays: number, viewer: { __typename: 'Viewer', id: string, cards: { __typename: 'ViewerCardsConnection', nodes: Array<{ __typename: 'SavedCard', id: string, maskedPan: string, brand: CardBrand | null, expiry: string, expired: boolean }> } } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type PaymentHistoryQueryVariables = Exact<{
  first: number;
}>;


export type PaymentHistoryQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', id: string, activeAccount: { __typename: 'Account', id: string, paymentHistory: { __typename: 'AccountPaymentHistoryConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean }, nodes: Array<{ __typename: 'Payment', id: string, paidAt: string | null, amount: string, channelText: string, status: PaymentStatus, receipt: { __typename: 'PaymentReceipt', number: number, shiftNumber: number, issuedAt: string, operation: string, taxation: string, total: string, fnNumber: string, fiscalDocumentNumber: string, fiscalSign: string, kktRegNumber: string, buyerContact: string | null, siteUrl: string, placeOfSettlement: string, qrText: string, lines: Array<{ __typename: 'ReceiptLine', name: string, price: string, quantity: number, amount: string, vat: string, vatRate: VatRate, vatAmount: string | null, paymentMethod: string, paymentObject: string, supplierInn: string }>, vatTotals: Array<{ __typename: 'ReceiptVatTotal', vatRate: VatRate, label: string, amount: string, vatAmount: string | null }>, seller: { __typename: 'ReceiptSeller', name: string, inn: string, address: string | null } } | null }> } } | null } | null };

export type PaymentHistoryExportQueryVariables = Exact<{
  from: string;
  to: string;
  format: ExportFormat;
}>;


export type PaymentHistoryExportQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', id: string, activeAccount: { __typename: 'Account', id: string, paymentHistoryExport: { __typename: 'ExportFile', link: { __typename: 'DocumentLink', url: string, expiresAt: string } } } | null } | null };

export type InvoiceListQueryVariables = Exact<{
  accountId: string | number;
}>;


export type InvoiceListQuery = { __typename: 'Query', node:
    | { __typename: 'Account', number: string, id: string, invoices: { __typename: 'AccountInvoicesConnection', nodes: Array<{ __typename: 'Invoice', id: string, number: string, period: string, dueDate: string, amountToPay: string, penalty: string, totalDue: string }> } }
    | { __typename: 'Appeal', id: string }
    | { __typename: 'AppealFile', id: string }
    | { __typename: 'AppealType', id: string }
    | { __typename: 'Autopay', id: string }
    | { __typename: 'FaqEntry', id: string }
    | { __typename: 'Invoice', id: string }
    | { __typename: 'Meter', id: string }
    | { __typename: 'NewsItem', id: string }
    | { __typename: 'Notification', id: string }
    | { __typename: 'Payment', id: string }
    | { __typename: 'ReadingPhoto', id: string }
    | { __typename: 'SavedCard', id: string }
    | { __typename: 'Supplier', id: string }
   | null };

export type InvoicePdfCreateMutationVariables = Exact<{
  input: InvoicePdfCreateInput;
}>;


export type InvoicePdfCreateMutation = { __typename: 'Mutation', invoicePdfCreate: { __typename: 'InvoicePdfCreatePayload', document: { __typename: 'DocumentLink', url: string, expiresAt: string } | null, htmlView: { __typename: 'DocumentLink', url: string, expiresAt: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type PaymentCreateMutationVariables = Exact<{
  input: PaymentCreateInput;
}>;


export type PaymentCreateMutation = { __typename: 'Mutation', paymentCreate: { __typename: 'PaymentCreatePayload', confirmationUrl: string | null, payment: { __typename: 'Payment', id: string, status: PaymentStatus } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type PaymentPageQueryVariables = Exact<{ [key: string]: never; }>;


export type PaymentPageQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', id: string, cards: { __typename: 'ViewerCardsConnection', nodes: Array<{ __typename: 'SavedCard', id: string, maskedPan: string, brand: CardBrand | null, expiry: string, expired: boolean }> }, activeAccount: { __typename: 'Account', id: string, number: string, amountDueBySupplier: Array<{ __typename: 'SupplierAmountDue', asOf: string, total: string, penalty: string, supplier: { __typename: 'Supplier', id: string, name: string, kind: SupplierKind, separatePayment: boolean } }> } | null } | null };

export type PaymentResultQueryVariables = Exact<{
  id: string | number;
}>;


export type PaymentResultQuery = { __typename: 'Query', node:
    | { __typename: 'Account', id: string }
    | { __typename: 'Appeal', id: string }
    | { __typename: 'AppealFile', id: string }
    | { __typename: 'AppealType', id: string }
    | { __typename: 'Autopay', id: string }
    | { __typename: 'FaqEntry', id: string }
    | { __typename: 'Invoice', id: string }
    | { __typename: 'Meter', id: string }
    | { __typename: 'NewsItem', id: string }
    | { __typename: 'Notification', id: string }
    | { __typename: 'Payment', status: PaymentStatus, statusText: string, amount: string, purpose: PaymentPurpose, failureReason: string | null, paidAt: string | null, id: string, account: { __typename: 'Account', id: string, number: string }, card: { __typename: 'SavedCard', id: string, maskedPan: string } | null, receipt: { __typename: 'PaymentReceipt', number: number, shiftNumber: number, issuedAt: string, operation: string, taxation: string, total: string, fnNumber: string, fiscalDocumentNumber: string, fiscalSign: string, kktRegNumber: string, buyerContact: string | null, siteUrl: string, placeOfSettlement: string, qrText: string, lines: Array<{ __typename: 'ReceiptLine', name: string, price: string, quantity: number, amount: string, vat: string, vatRate: VatRate, vatAmount: string | null, paymentMethod: string, paymentObject: string, supplierInn: string }>, vatTotals: Array<{ __typename: 'ReceiptVatTotal', vatRate: VatRate, label: string, amount: string, vatAmount: string | null }>, seller: { __typename: 'ReceiptSeller', name: string, inn: string, address: string | null } } | null }
    | { __typename: 'ReadingPhoto', id: string }
    | { __typename: 'SavedCard', id: string }
    | { __typename: 'Supplier', id: string }
   | null };

export type PaymentStatusChangedSubscriptionVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type PaymentStatusChangedSubscription = { paymentStatusChanged: { __typename: 'Payment', id: string, status: PaymentStatus, statusText: string, failureReason: string | null, paidAt: string | null } };

export type ReceiptFieldsFragment = { __typename: 'PaymentReceipt', number: number, shiftNumber: number, issuedAt: string, operation: string, taxation: string, total: string, fnNumber: string, fiscalDocumentNumber: string, fiscalSign: string, kktRegNumber: string, buyerContact: string | null, siteUrl: string, placeOfSettlement: string, qrText: string, lines: Array<{ __typename: 'ReceiptLine', name: string, price: string, quantity: number, amount: string, vat: string, vatRate: VatRate, vatAmount: string | null, paymentMethod: string, paymentObject: string, supplierInn: string }>, vatTotals: Array<{ __typename: 'ReceiptVatTotal', vatRate: VatRate, label: string, amount: string, vatAmount: string | null }>, seller: { __typename: 'ReceiptSeller', name: string, inn: string, address: string | null } };

export type PaymentReceiptPdfCreateMutationVariables = Exact<{
  input: PaymentReceiptPdfCreateInput;
}>;


export type PaymentReceiptPdfCreateMutation = { __typename: 'Mutation', paymentReceiptPdfCreate: { __typename: 'PaymentReceiptPdfCreatePayload', document: { __typename: 'DocumentLink', url: string, expiresAt: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type AutopayFieldsFragment = { __typename: 'Autopay', id: string, status: AutopayStatus, connected: boolean, statusText: string, connectedByOtherUser: boolean, mode: AutopayMode, modeText: string, day: number | null, maxAmount: string, nextChargeOn: string | null, card: { __typename: 'SavedCard', id: string, maskedPan: string, brand: CardBrand | null, expiry: string, expired: boolean } | null, cardVerification: { __typename: 'Payment', id: string, status: PaymentStatus, failureReason: string | null } | null, lastRun: { __typename: 'AutopayRun', period: string, status: AutopayRunStatus, statusText: string, amount: string | null, reason: string | null, createdAt: string } | null };

export type AutopayDisableMutationVariables = Exact<{
  input: AutopayDisableInput;
}>;


export type AutopayDisableMutation = { __typename: 'Mutation', autopayDisable: { __typename: 'AutopayDisablePayload', autopay: { __typename: 'Autopay', id: string, status: AutopayStatus, connected: boolean, statusText: string, connectedByOtherUser: boolean, mode: AutopayMode, modeText: string, day: number | null, maxAmount: string, nextChargeOn: string | null, card: { __typename: 'SavedCard', id: string, maskedPan: string, brand: CardBrand | null, expiry: string, expired: boolean } | null, cardVerification: { __typename: 'Payment', id: string, status: PaymentStatus, failureReason: string | null } | null, lastRun: { __typename: 'AutopayRun', period: string, status: AutopayRunStatus, statusText: string, amount: string | null, reason: string | null, createdAt: string } | null } | null, account: { __typename: 'Account', id: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type AutopaySetMutationVariables = Exact<{
  input: AutopaySetInput;
}>;


export type AutopaySetMutation = { __typename: 'Mutation', autopaySet: { __typename: 'AutopaySetPayload', confirmationUrl: string | null, autopay: { __typename: 'Autopay', id: string, status: AutopayStatus, connected: boolean, statusText: string, connectedByOtherUser: boolean, mode: AutopayMode, modeText: string, day: number | null, maxAmount: string, nextChargeOn: string | null, card: { __typename: 'SavedCard', id: string, maskedPan: string, brand: CardBrand | null, expiry: string, expired: boolean } | null, cardVerification: { __typename: 'Payment', id: string, status: PaymentStatus, failureReason: string | null } | null, lastRun: { __typename: 'AutopayRun', period: string, status: AutopayRunStatus, statusText: string, amount: string | null, reason: string | null, createdAt: string } | null } | null, account: { __typename: 'Account', id: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type AutopayBlockQueryVariables = Exact<{
  id: string | number;
}>;


export type AutopayBlockQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', id: string, cards: { __typename: 'ViewerCardsConnection', nodes: Array<{ __typename: 'SavedCard', id: string, maskedPan: string, brand: CardBrand | null, expiry: string, expired: boolean }> } } | null, node:
    | { __typename: 'Account', number: string, id: string, autopay: { __typename: 'Autopay', id: string, status: AutopayStatus, connected: boolean, statusText: string, connectedByOtherUser: boolean, mode: AutopayMode, modeText: string, day: number | null, maxAmount: string, nextChargeOn: string | null, card: { __typename: 'SavedCard', id: string, maskedPan: string, brand: CardBrand | null, expiry: string, expired: boolean } | null, cardVerification: { __typename: 'Payment', id: string, status: PaymentStatus, failureReason: string | null } | null, lastRun: { __typename: 'AutopayRun', period: string, status: AutopayRunStatus, statusText: string, amount: string | null, reason: string | null, createdAt: string } | null } | null }
    | { __typename: 'Appeal', id: string }
    | { __typename: 'AppealFile', id: string }
    | { __typename: 'AppealType', id: string }
    | { __typename: 'Autopay', id: string }
    | { __typename: 'FaqEntry', id: string }
    | { __typename: 'Invoice', id: string }
    | { __typename: 'Meter', id: string }
    | { __typename: 'NewsItem', id: string }
    | { __typename: 'Notification', id: string }
    | { __typename: 'Payment', id: string }
    | { __typename: 'ReadingPhoto', id: string }
    | { __typename: 'SavedCard', id: string }
    | { __typename: 'Supplier', id: string }
   | null };

export type AutopayReturnQueryVariables = Exact<{
  id: string | number;
}>;


export type AutopayReturnQuery = { __typename: 'Query', node:
    | { __typename: 'Account', id: string }
    | { __typename: 'Appeal', id: string }
    | { __typename: 'AppealFile', id: string }
    | { __typename: 'AppealType', id: string }
    | { __typename: 'Autopay', id: string }
    | { __typename: 'FaqEntry', id: string }
    | { __typename: 'Invoice', id: string }
    | { __typename: 'Meter', id: string }
    | { __typename: 'NewsItem', id: string }
    | { __typename: 'Notification', id: string }
    | { __typename: 'Payment', id: string, account: { __typename: 'Account', id: string } }
    | { __typename: 'ReadingPhoto', id: string }
    | { __typename: 'SavedCard', id: string }
    | { __typename: 'Supplier', id: string }
   | null };

export type AutopayCardCheckedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AutopayCardCheckedSubscription = { paymentStatusChanged: { __typename: 'Payment', id: string, status: PaymentStatus } };

export type AccountLinkMutationVariables = Exact<{
  input: AccountLinkInput;
}>;


export type AccountLinkMutation = { __typename: 'Mutation', accountLink: { __typename: 'AccountLinkPayload', account: { __typename: 'Account', id: string, number: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type AccountUnlinkMutationVariables = Exact<{
  input: AccountUnlinkInput;
}>;


export type AccountUnlinkMutation = { __typename: 'Mutation', accountUnlink: { __typename: 'AccountUnlinkPayload', deletionScheduled: boolean, viewer: { __typename: 'Viewer', id: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', id: string, apiTokens: Array<{ __typename: 'ApiToken', id: string, name: string, prefix: string, scopes: Array<ApiTokenScope>, createdAt: string, expiresAt: string, lastUsedAt: string | null, state: ApiTokenState, stateText: string }> } | null };

export type ApiTokenCreateMutationVariables = Exact<{
  input: ApiTokenCreateInput;
}>;


export type ApiTokenCreateMutation = { __typename: 'Mutation', apiTokenCreate: { __typename: 'ApiTokenCreatePayload', secret: string | null, token: { __typename: 'ApiToken', id: string, name: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ApiTokenRevokeMutationVariables = Exact<{
  input: ApiTokenRevokeInput;
}>;


export type ApiTokenRevokeMutation = { __typename: 'Mutation', apiTokenRevoke: { __typename: 'ApiTokenRevokePayload', token: { __typename: 'ApiToken', id: string, state: ApiTokenState, stateText: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type AutopayTabQueryVariables = Exact<{ [key: string]: never; }>;


export type AutopayTabQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', id: string, emailConfirmed: boolean, cards: { __typename: 'ViewerCardsConnection', nodes: Array<{ __typename: 'SavedCard', id: string, maskedPan: string, brand: CardBrand | null, expiry: string, expired: boolean }> }, accounts: Array<{ __typename: 'Account', id: string, number: string, address: string, autopay: { __typename: 'Autopay', id: string, status: AutopayStatus, connected: boolean, statusText: string, connectedByOtherUser: boolean, mode: AutopayMode, modeText: string, day: number | null, maxAmount: string, nextChargeOn: string | null, card: { __typename: 'SavedCard', id: string, maskedPan: string, brand: CardBrand | null, expiry: string, expired: boolean } | null, cardVerification: { __typename: 'Payment', id: string, status: PaymentStatus, failureReason: string | null } | null, lastRun: { __typename: 'AutopayRun', period: string, status: AutopayRunStatus, statusText: string, amount: string | null, reason: string | null, createdAt: string } | null } | null }> } | null };

export type ViewerContactsUpdateMutationVariables = Exact<{
  input: ViewerContactsUpdateInput;
}>;


export type ViewerContactsUpdateMutation = { __typename: 'Mutation', viewerContactsUpdate: { __typename: 'ViewerContactsUpdatePayload', emailConfirmationSent: boolean, phoneConfirmationRequired: boolean, viewer: { __typename: 'Viewer', id: string, email: string | null, emailConfirmed: boolean, phone: string | null, phoneConfirmed: boolean, profileCompleteness: number, subscriptions: { __typename: 'ViewerSubscriptions', eInvoice: boolean, info: boolean } } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ViewerLoginChangeMutationVariables = Exact<{
  input: ViewerLoginChangeInput;
}>;


export type ViewerLoginChangeMutation = { __typename: 'Mutation', viewerLoginChange: { __typename: 'ViewerLoginChangePayload', viewer: { __typename: 'Viewer', id: string, login: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type PushStateQueryVariables = Exact<{
  endpoint: string;
}>;


export type PushStateQuery = { __typename: 'Query', webPushPublicKey: string | null, viewer: { __typename: 'Viewer', id: string, pushSubscription: { __typename: 'PushSubscription', endpoint: string, readingReminders: boolean, paymentReminders: boolean, appealAnswers: boolean } | null } | null };

export type ViewerPushSubscribeMutationVariables = Exact<{
  input: ViewerPushSubscribeInput;
}>;


export type ViewerPushSubscribeMutation = { __typename: 'Mutation', viewerPushSubscribe: { __typename: 'ViewerPushSubscriptionPayload', subscription: { __typename: 'PushSubscription', endpoint: string, readingReminders: boolean, paymentReminders: boolean, appealAnswers: boolean } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ViewerPushUnsubscribeMutationVariables = Exact<{
  input: ViewerPushUnsubscribeInput;
}>;


export type ViewerPushUnsubscribeMutation = { __typename: 'Mutation', viewerPushUnsubscribe: { __typename: 'ViewerPushSubscriptionPayload', userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type SessionRevokeAllMutationVariables = Exact<{ [key: string]: never; }>;


export type SessionRevokeAllMutation = { __typename: 'Mutation', sessionRevokeAll: { __typename: 'SessionRevokeAllPayload', revoked: number, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ViewerSubscriptionsUpdateMutationVariables = Exact<{
  input: ViewerSubscriptionsUpdateInput;
}>;


export type ViewerSubscriptionsUpdateMutation = { __typename: 'Mutation', viewerSubscriptionsUpdate: { __typename: 'ViewerSubscriptionsUpdatePayload', viewer: { __typename: 'Viewer', id: string, subscriptions: { __typename: 'ViewerSubscriptions', eInvoice: boolean, info: boolean } } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ProfileViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ProfileViewerQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', id: string, login: string, email: string | null, emailConfirmed: boolean, phone: string | null, phoneConfirmed: boolean, profileCompleteness: number, subscriptions: { __typename: 'ViewerSubscriptions', eInvoice: boolean, info: boolean }, accounts: Array<{ __typename: 'Account', id: string, number: string, ownerFullName: string, address: string }>, activeAccount: { __typename: 'Account', id: string } | null } | null };

export type PreliminaryCalculationQueryVariables = Exact<{ [key: string]: never; }>;


export type PreliminaryCalculationQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', id: string, activeAccount: { __typename: 'Account', id: string, number: string, preliminaryCalculation: { __typename: 'PreliminaryCalculation', period: string, currentTotal: string, previousDebt: string, total: string, warning: string, acknowledgment: string, lines: Array<{ __typename: 'PreliminaryLine', service: string, method: string, tariff: string, norm: string | null, volume: string, amount: string }> } } | null } | null };

export type ReadingHistoryQueryVariables = Exact<{
  from: string;
  to: string;
  acceptedOnly?: boolean | null | undefined;
}>;


export type ReadingHistoryQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', id: string, activeAccount: { __typename: 'Account', id: string, readingHistory: Array<{ __typename: 'ReadingHistoryMonth', period: string, rows: Array<{ __typename: 'ReadingHistoryRow', submittedAt: string, resource: string, meterNumber: string, meterStatusText: string, zone: TariffZone, value: string, difference: string | null, unit: string, sourceText: string, accepted: boolean }> }> } | null } | null };

export type ReadingHistoryPdfCreateMutationVariables = Exact<{
  input: ReadingHistoryPdfCreateInput;
}>;


export type ReadingHistoryPdfCreateMutation = { __typename: 'Mutation', readingHistoryPdfCreate: { __typename: 'ReadingHistoryPdfCreatePayload', document: { __typename: 'DocumentLink', url: string, expiresAt: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ReadingHistoryExportQueryVariables = Exact<{
  from: string;
  to: string;
  acceptedOnly?: boolean | null | undefined;
  format: ExportFormat;
}>;


export type ReadingHistoryExportQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', id: string, activeAccount: { __typename: 'Account', id: string, readingHistoryExport: { __typename: 'ExportFile', link: { __typename: 'DocumentLink', url: string, expiresAt: string } } } | null } | null };

export type MeterReadingsSubmitMutationVariables = Exact<{
  input: MeterReadingsSubmitInput;
}>;


export type MeterReadingsSubmitMutation = { __typename: 'Mutation', meterReadingsSubmit: { __typename: 'MeterReadingsSubmitPayload', readings: Array<{ __typename: 'MeterReading', zone: TariffZone, value: string, status: ReadingStatus }>, warnings: Array<{ __typename: 'ReadingWarning', meterId: string, zone: TariffZone, consumption: string, message: string }>, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ReadingDisputeSubmitMutationVariables = Exact<{
  input: ReadingDisputeSubmitInput;
}>;


export type ReadingDisputeSubmitMutation = { __typename: 'Mutation', readingDisputeSubmit: { __typename: 'ReadingDisputeSubmitPayload', appeal: { __typename: 'Appeal', id: string, number: string, statusText: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ReadingDisputeFormQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadingDisputeFormQuery = { __typename: 'Query', readingPhotoRules: { __typename: 'ReadingPhotoRules', maxBytes: number, accept: string, hint: string }, appealConsents: { __typename: 'AppealConsents', version: string, personalData: string, simpleSignature: string }, viewer: { __typename: 'Viewer', id: string, appealsAccess: { __typename: 'AppealsAccess', allowed: boolean, reason: string | null } } | null };

export type ReadingsMetersQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadingsMetersQuery = { __typename: 'Query', readingsWindow: { __typename: 'ReadingsWindow', open: boolean, text: string }, readingPhotoRules: { __typename: 'ReadingPhotoRules', accept: string, maxBytes: number }, viewer: { __typename: 'Viewer', id: string, activeAccount: { __typename: 'Account', id: string, meters: Array<{ __typename: 'Meter', id: string, number: string, resource: string, unit: string, digits: number, zones: Array<TariffZone>, status: MeterStatus, statusText: string, blockedReason: string | null, nextVerificationDate: string | null, lastAccepted: Array<{ __typename: 'MeterReading', zone: TariffZone, value: string, submittedAt: string, acceptedAt: string | null }>, lastSubmitted: Array<{ __typename: 'MeterReading', zone: TariffZone, value: string, submittedAt: string, sourceText: string }> }> } | null } | null };

export type PasswordResetRequestMutationVariables = Exact<{
  input: PasswordResetRequestInput;
}>;


export type PasswordResetRequestMutation = { __typename: 'Mutation', passwordResetRequest: { __typename: 'PasswordResetRequestPayload', sentTo: string | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type PasswordResetMutationVariables = Exact<{
  input: PasswordResetInput;
}>;


export type PasswordResetMutation = { __typename: 'Mutation', passwordReset: { __typename: 'PasswordResetPayload', userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type UserRegisterMutationVariables = Exact<{
  input: UserRegisterInput;
}>;


export type UserRegisterMutation = { __typename: 'Mutation', userRegister: { __typename: 'UserRegisterPayload', emailConfirmationSent: boolean, phoneConfirmationRequired: boolean, session: { __typename: 'SessionTokens', accessToken: string, accessTokenExpiresAt: string } | null, viewer: { __typename: 'Viewer', id: string, login: string, email: string | null, phone: string | null } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ReminderLinkQueryVariables = Exact<{
  token: string;
}>;


export type ReminderLinkQuery = { __typename: 'Query', readingsWindow: { __typename: 'ReadingsWindow', open: boolean, text: string }, reminderLink: { __typename: 'ReminderLinkResult', problem: string | null, problemCode: UserErrorCode | null, page: { __typename: 'ReminderLinkPage', address: string, expiresAt: string, windowOpen: boolean, meters: Array<{ __typename: 'ReminderLinkMeter', id: string, number: string, resource: string, unit: string, digits: number, zones: Array<TariffZone>, status: MeterStatus, statusText: string, blockedReason: string | null, nextVerificationDate: string | null, lastAccepted: Array<{ __typename: 'MeterReading', zone: TariffZone, value: string, submittedAt: string, acceptedAt: string | null }>, lastSubmitted: Array<{ __typename: 'MeterReading', zone: TariffZone, value: string, submittedAt: string, sourceText: string }> }> } | null } };

export type ReminderReadingsSubmitMutationVariables = Exact<{
  input: ReminderReadingsSubmitInput;
}>;


export type ReminderReadingsSubmitMutation = { __typename: 'Mutation', reminderReadingsSubmit: { __typename: 'ReminderReadingsSubmitPayload', readings: Array<{ __typename: 'MeterReading', zone: TariffZone, value: string, status: ReadingStatus }>, warnings: Array<{ __typename: 'ReadingWarning', meterId: string, zone: TariffZone, consumption: string, message: string }>, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, message: string, code: UserErrorCode }> } };

export const AppealFileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"slotCode"}},{"kind":"Field","name":{"kind":"Name","value":"slotLabel"}}]}}]} as unknown as DocumentNode<AppealFileFieldsFragment, unknown>;
export const AppealDetailsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topicTitle"}},{"kind":"Field","name":{"kind":"Name","value":"isQuestion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"processingTimeText"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachedFiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealFileFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerFiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingText"}},{"kind":"Field","name":{"kind":"Name","value":"ratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canRate"}},{"kind":"Field","name":{"kind":"Name","value":"statusChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatusText"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"byStaff"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"slotCode"}},{"kind":"Field","name":{"kind":"Name","value":"slotLabel"}}]}}]} as unknown as DocumentNode<AppealDetailsFieldsFragment, unknown>;
export const ContactCentreCardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactCentreCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactCentreUserCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"phoneConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletionRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"linkedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"clientAddress"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}}]}}]}}]} as unknown as DocumentNode<ContactCentreCardFieldsFragment, unknown>;
export const ReceiptFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReceiptFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"shiftNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"taxation"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"vat"}},{"kind":"Field","name":{"kind":"Name","value":"vatRate"}},{"kind":"Field","name":{"kind":"Name","value":"vatAmount"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"paymentObject"}},{"kind":"Field","name":{"kind":"Name","value":"supplierInn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vatTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"vatRate"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"vatAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fnNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalDocumentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalSign"}},{"kind":"Field","name":{"kind":"Name","value":"kktRegNumber"}},{"kind":"Field","name":{"kind":"Name","value":"buyerContact"}},{"kind":"Field","name":{"kind":"Name","value":"siteUrl"}},{"kind":"Field","name":{"kind":"Name","value":"placeOfSettlement"}},{"kind":"Field","name":{"kind":"Name","value":"qrText"}},{"kind":"Field","name":{"kind":"Name","value":"seller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inn"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]} as unknown as DocumentNode<ReceiptFieldsFragment, unknown>;
export const AutopayFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AutopayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Autopay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"connected"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}},{"kind":"Field","name":{"kind":"Name","value":"connectedByOtherUser"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"modeText"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"nextChargeOn"}},{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPan"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"expiry"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cardVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<AutopayFieldsFragment, unknown>;
export const ConsumptionComparisonDocument = {"__meta__":{"hash":"sha256:d866157f55ae74b21664aac7891010374b81f25f4ad4ddd20bebada02a7eda77"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsumptionComparison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"consumptionComparison"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"yearAgo"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCode"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"yearAgo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"norm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeFromYearAgoPercent"}},{"kind":"Field","name":{"kind":"Name","value":"changeFromNormPercent"}},{"kind":"Field","name":{"kind":"Name","value":"yearAgoText"}},{"kind":"Field","name":{"kind":"Name","value":"normText"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsumptionComparisonQuery, ConsumptionComparisonQueryVariables>;
export const ViewerPasswordChangeDocument = {"__meta__":{"hash":"sha256:e8ea49c117f0cc50cad5f9cf5279867872cf9ededa9a2920f3be216b967217b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ViewerPasswordChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ViewerPasswordChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewerPasswordChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerPasswordChangeMutation, ViewerPasswordChangeMutationVariables>;
export const ContactCodeSendDocument = {"__meta__":{"hash":"sha256:aa4714547fd3d54fb027b5b8c2a51fe5a8c6f8470648207de040124073a5a146"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactCodeSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactCodeSendInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"contactCodeSend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ContactCodeSendMutation, ContactCodeSendMutationVariables>;
export const PhoneConfirmDocument = {"__meta__":{"hash":"sha256:ba685a0a944448229da97ed3053f845165ce56a589051f413dbb597d635f4e1e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PhoneConfirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactConfirmInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"contactConfirm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"phoneConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"profileCompleteness"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PhoneConfirmMutation, PhoneConfirmMutationVariables>;
export const RetailerDocument = {"__meta__":{"hash":"sha256:a9fefb47ea60bd2df5f012cbda03654a7240730440ccd95ff3242d76058deb90"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Retailer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"retailer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}}]}}]}}]} as unknown as DocumentNode<RetailerQuery, RetailerQueryVariables>;
export const ViewerActiveAccountSetDocument = {"__meta__":{"hash":"sha256:8df0fa6c86ca00fdd5a9caaa7a9ef4ae76b48082188f8c53908b9e89b7c02044"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ViewerActiveAccountSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ViewerActiveAccountSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActiveAccountSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activeAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerActiveAccountSetMutation, ViewerActiveAccountSetMutationVariables>;
export const AppViewerDocument = {"__meta__":{"hash":"sha256:7c69f26dd50ad670b5f9c0f463c83bc66d56f7ee7967181a8a639b609c0f1347"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"ownerFullName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppViewerQuery, AppViewerQueryVariables>;
export const SessionRefreshDocument = {"__meta__":{"hash":"sha256:8a91f06471f295fe4f78ba52ee78cc6025adb5da87e39cc7a7ed8a4490e83a2a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionRefresh"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sessionRefresh"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SessionRefreshMutation, SessionRefreshMutationVariables>;
export const SessionRevokeDocument = {"__meta__":{"hash":"sha256:63201de25f9134ae2207be81e6d9b7df26ea191263e90cc50ea779c59f6ead99"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionRevoke"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sessionRevoke"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SessionRevokeMutation, SessionRevokeMutationVariables>;
export const StaffSessionRefreshDocument = {"__meta__":{"hash":"sha256:853a798429165ce9e6a0b35711f149e41ac6475817da4ac2c75b948af6c7fe90"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffSessionRefresh"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"staffSessionRefresh"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<StaffSessionRefreshMutation, StaffSessionRefreshMutationVariables>;
export const StaffSessionRevokeDocument = {"__meta__":{"hash":"sha256:6bec005fbd1bbb2e4b92561df57939dc18fa243ed445eddd75da48c054a6a242"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffSessionRevoke"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"staffSessionRevoke"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<StaffSessionRevokeMutation, StaffSessionRevokeMutationVariables>;
export const AppealsAccessDocument = {"__meta__":{"hash":"sha256:4acd7c302f6b4ba1a9ba15cb4f4212b03f0f2dac2894116d2e5146b521d5f9c7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppealsAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"appealsAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<AppealsAccessQuery, AppealsAccessQueryVariables>;
export const AppealsJournalDocument = {"__meta__":{"hash":"sha256:1543333a3160394674dd6febb8e802a74f7e03d66d19f064395b45807a393714"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppealsJournal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"appeals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppealsJournalQuery, AppealsJournalQueryVariables>;
export const AppealDetailsDocument = {"__meta__":{"hash":"sha256:de03e646314787c5b55e93b37d06f08975e1637ec3494d80db8bd3669066abda"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppealDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"appealRatingOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealDetailsFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"slotCode"}},{"kind":"Field","name":{"kind":"Name","value":"slotLabel"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topicTitle"}},{"kind":"Field","name":{"kind":"Name","value":"isQuestion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"processingTimeText"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachedFiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealFileFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerFiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingText"}},{"kind":"Field","name":{"kind":"Name","value":"ratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canRate"}},{"kind":"Field","name":{"kind":"Name","value":"statusChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatusText"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"byStaff"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}}]}}]}}]}}]} as unknown as DocumentNode<AppealDetailsQuery, AppealDetailsQueryVariables>;
export const AppealRateDocument = {"__meta__":{"hash":"sha256:afa053c6d6e1ecb74e6e949fbcaead5e37ec0d0b76b3427003026ccf210e2537"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppealRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealRateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"appealRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealDetailsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"slotCode"}},{"kind":"Field","name":{"kind":"Name","value":"slotLabel"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topicTitle"}},{"kind":"Field","name":{"kind":"Name","value":"isQuestion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"processingTimeText"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachedFiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealFileFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerFiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingText"}},{"kind":"Field","name":{"kind":"Name","value":"ratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canRate"}},{"kind":"Field","name":{"kind":"Name","value":"statusChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatusText"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"byStaff"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}}]}}]}}]}}]} as unknown as DocumentNode<AppealRateMutation, AppealRateMutationVariables>;
export const AppealStatusChangedDocument = {"__meta__":{"hash":"sha256:153de06b94d44b4b9c0f0d5aef1e594cdbcceee15b9a3fedfd50a04224669471"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AppealStatusChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealStatusChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}}]}}]}}]} as unknown as DocumentNode<AppealStatusChangedSubscription, AppealStatusChangedSubscriptionVariables>;
export const AppealQuestionSubmitDocument = {"__meta__":{"hash":"sha256:78317316059f031363a0f1a57d88e7d4f9a8aee9fbdc8121dfe37b5bd2c1c09a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppealQuestionSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealQuestionSubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"appealQuestionSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AppealQuestionSubmitMutation, AppealQuestionSubmitMutationVariables>;
export const AppealSubmitDocument = {"__meta__":{"hash":"sha256:c373d0686a6f429e99d8ebb37a41004756d12e122e0db0d943a13118e4efb9c4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppealSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealSubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"appealSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AppealSubmitMutation, AppealSubmitMutationVariables>;
export const AppealFileLinkCreateDocument = {"__meta__":{"hash":"sha256:7815a08fc12eaeab1ac506536a6c6e98150b62ec9c4384da1d6a8e98f9941413"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppealFileLinkCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealFileLinkCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"appealFileLinkCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AppealFileLinkCreateMutation, AppealFileLinkCreateMutationVariables>;
export const AppealFormDocument = {"__meta__":{"hash":"sha256:6b5494a43b37b3f60cab653a51463034e1238c5a117bff891b6d5b04df03f6ee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppealForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeQuestions"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"appealTopics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeQuestions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeQuestions"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"types"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topicTitle"}},{"kind":"Field","name":{"kind":"Name","value":"processingDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxProcessingDays"}},{"kind":"Field","name":{"kind":"Name","value":"processingTimeText"}},{"kind":"Field","name":{"kind":"Name","value":"isQuestion"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"prefillKey"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fileSlots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"multiple"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"appealUploadRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"maxTotalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"maxFiles"}},{"kind":"Field","name":{"kind":"Name","value":"allowedExtensions"}},{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appealConsents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"personalData"}},{"kind":"Field","name":{"kind":"Name","value":"simpleSignature"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activeAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"appealApplicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"prefill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppealFormQuery, AppealFormQueryVariables>;
export const ChargeHistoryDocument = {"__meta__":{"hash":"sha256:03b4692d675f4a133c0bc2cd53500c12d0f799e0c626ee8baaa968f6b62bb6e6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChargeHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"charges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"emptyColumns"}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"billed"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"openingBalance"}},{"kind":"Field","name":{"kind":"Name","value":"charged"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"recalculation"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"closingBalance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"}},{"kind":"Field","name":{"kind":"Name","value":"lossesPercent"}},{"kind":"Field","name":{"kind":"Name","value":"transformationRatio"}},{"kind":"Field","name":{"kind":"Name","value":"openingBalance"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"methodText"}},{"kind":"Field","name":{"kind":"Name","value":"norm"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"tariff"}},{"kind":"Field","name":{"kind":"Name","value":"charged"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"recalculation"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"closingBalance"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChargeHistoryQuery, ChargeHistoryQueryVariables>;
export const ChargesPdfCreateDocument = {"__meta__":{"hash":"sha256:c8a610f3d0920c7393acf41b2a699753eefbee0032e597e352b9b01c6639e641"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChargesPdfCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChargesPdfCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"chargesPdfCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ChargesPdfCreateMutation, ChargesPdfCreateMutationVariables>;
export const ChargesExportDocument = {"__meta__":{"hash":"sha256:2190e175d5227cde24d7a93c34e2f2e2a9a3dee2bc289be3a39ec04a82e84539"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChargesExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"chargesExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChargesExportQuery, ChargesExportQueryVariables>;
export const EmailConfirmDocument = {"__meta__":{"hash":"sha256:006234f9a60d72276f51ac94b02ca3e72d862877afae22897f574e7040971810"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmailConfirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactConfirmInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"contactConfirm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EmailConfirmMutation, EmailConfirmMutationVariables>;
export const FaqDocument = {"__meta__":{"hash":"sha256:61ebebfe4048cfe075cf273083b5365340d0490d906673a85a43583ed4fd9983"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Faq"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"faq"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}}]}}]} as unknown as DocumentNode<FaqQuery, FaqQueryVariables>;
export const HomeAccountDocument = {"__meta__":{"hash":"sha256:a829dad0e250332242d155d6d77f7752c7d33de5bdd7820d2bedd7ae43340d46"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activeAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"objectParameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tariffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HomeAccountQuery, HomeAccountQueryVariables>;
export const HomeNewsDocument = {"__meta__":{"hash":"sha256:44fec379537182bd0fe71b9aea25e031272acd0daa09ea62a96252cd423721b8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeNews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"companyNews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"4"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}}]} as unknown as DocumentNode<HomeNewsQuery, HomeNewsQueryVariables>;
export const QuickLinksWindowDocument = {"__meta__":{"hash":"sha256:bd9cafd15101e05793c5dde496f4c7ad1849257966c5c4040b899db85adb2898"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuickLinksWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"readingsWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fromDay"}},{"kind":"Field","name":{"kind":"Name","value":"toDay"}}]}}]}}]} as unknown as DocumentNode<QuickLinksWindowQuery, QuickLinksWindowQueryVariables>;
export const SessionCreateDocument = {"__meta__":{"hash":"sha256:8dc445085b2e9f7213e62b9bb72a11c0972031b2afab16bfbf99f73fa7979e9b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SessionCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sessionCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"passwordChangeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SessionCreateMutation, SessionCreateMutationVariables>;
export const NotificationsListDocument = {"__meta__":{"hash":"sha256:ffab34f88ec05912931749ae016a7365ca0f871115e9bf1653d027f50cc185e0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"accessNotice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsListQuery, NotificationsListQueryVariables>;
export const NotificationsMarkAllReadDocument = {"__meta__":{"hash":"sha256:5e95ce68c0027be83a01b1d0652bd08f4e2bef56ee8da8d0f9f39ebe9ddc9933"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationsMarkAllRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"upToId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"notificationsMarkAllRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"upToId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"upToId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"markedCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsMarkAllReadMutation, NotificationsMarkAllReadMutationVariables>;
export const NotificationAddedDocument = {"__meta__":{"hash":"sha256:a92be412d43bdc40f0b8ace0ea9575ba3b59cdf3ec260e6a6ad032b89f4bdf75"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"accessNotice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const AccountAccessReportDocument = {"__meta__":{"hash":"sha256:f42b987afafebe0782d1a0d514f4513320e37108e0f331ddd5718fff33ac9a5b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountAccessReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accountAccessReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"noticeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"newcomerRemoved"}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccountAccessReportMutation, AccountAccessReportMutationVariables>;
export const OperatorAppealTakeDocument = {"__meta__":{"hash":"sha256:b04fa2f45f71f7c014182f1e86e56e4b6ac49b5ba66c10e8635731ac09924fd8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OperatorAppealTake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealTakeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"appealTake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OperatorAppealTakeMutation, OperatorAppealTakeMutationVariables>;
export const OperatorAppealAnswerDocument = {"__meta__":{"hash":"sha256:ad522f0c203105f44dfb29bd09a364ae0afdf2331d584872f8860b24bcf9f9b3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OperatorAppealAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealAnswerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"appealAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OperatorAppealAnswerMutation, OperatorAppealAnswerMutationVariables>;
export const OperatorAppealRejectDocument = {"__meta__":{"hash":"sha256:07c7d032f5ae6f99f0bf514a976d91b597a0d761f1c73a5e51cd8542b2a62b4e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OperatorAppealReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealRejectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"appealReject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OperatorAppealRejectMutation, OperatorAppealRejectMutationVariables>;
export const OperatorAppealDueDateExtendDocument = {"__meta__":{"hash":"sha256:fe9e19a4e33bdc0127f40a9011eb69f4b0e317fdd3bada180f6cdf527a1ad3c7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OperatorAppealDueDateExtend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealDueDateExtendInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"appealDueDateExtend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OperatorAppealDueDateExtendMutation, OperatorAppealDueDateExtendMutationVariables>;
export const ContactCentreSearchDocument = {"__meta__":{"hash":"sha256:c5d27e3909bdb0291b6003a6bb57e94739c7ddaf1ae9d1df90e1f9d399f53bb5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactCentreSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"contactCentreUserSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"deletionRequested"}}]}}]}}]} as unknown as DocumentNode<ContactCentreSearchQuery, ContactCentreSearchQueryVariables>;
export const ContactCentreUserOpenDocument = {"__meta__":{"hash":"sha256:6c4db7777e70a5b764726472c817c45a3ad605f97b86239f227639ef2c2b0c9d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactCentreUserOpen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactCentreUserOpenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"contactCentreUserOpen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactCentreCardFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactCentreCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactCentreUserCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"phoneConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletionRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"linkedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"clientAddress"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}}]}}]}}]} as unknown as DocumentNode<ContactCentreUserOpenMutation, ContactCentreUserOpenMutationVariables>;
export const ContactCentreUserSignOutDocument = {"__meta__":{"hash":"sha256:a4b7cf87d7174a312ae8bca09fda37d44ff969545f5ebe626e043e9061c2bdbf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactCentreUserSignOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactCentreUserSignOutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"contactCentreUserSignOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsEnded"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ContactCentreUserSignOutMutation, ContactCentreUserSignOutMutationVariables>;
export const ContactCentreUserResetDocument = {"__meta__":{"hash":"sha256:518cc8f8560868ed8ccff9e80c803838291c8271624337e5919bfcea7b50da69"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactCentreUserReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactCentreUserResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"contactCentreUserReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ContactCentreUserResetMutation, ContactCentreUserResetMutationVariables>;
export const ContactCentreConfirmationResendDocument = {"__meta__":{"hash":"sha256:05c967fd152aa734cec7482af46bea5aba556ab7edbaaa2d235b523127038064"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactCentreConfirmationResend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactCentreConfirmationResendInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"contactCentreConfirmationResend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ContactCentreConfirmationResendMutation, ContactCentreConfirmationResendMutationVariables>;
export const StaffReadingDisputeDocument = {"__meta__":{"hash":"sha256:9fd5c29ece9683529dd132e1e9337552a591fc7b847909c77cfc9afbad5c5d88"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffReadingDispute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"readingDispute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"meter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"digits"}},{"kind":"Field","name":{"kind":"Name","value":"zones"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accepted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"photo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"sourceText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meterHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sourceText"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"photo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffReadingDisputeQuery, StaffReadingDisputeQueryVariables>;
export const OperatorReadingDisputeAcceptDocument = {"__meta__":{"hash":"sha256:b7651564193e81b0020ba407c5cb09a3880c12166ae762126be5eec0982248bb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OperatorReadingDisputeAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReadingDisputeAcceptInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"readingDisputeAccept"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OperatorReadingDisputeAcceptMutation, OperatorReadingDisputeAcceptMutationVariables>;
export const OperatorReadingPhotoLinkCreateDocument = {"__meta__":{"hash":"sha256:ecc3484926f14686b92a754ad55352697ebfad28c2e5a8198921e84c6d0f138e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OperatorReadingPhotoLinkCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReadingPhotoLinkCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"readingPhotoLinkCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OperatorReadingPhotoLinkCreateMutation, OperatorReadingPhotoLinkCreateMutationVariables>;
export const OperatorFaqDocument = {"__meta__":{"hash":"sha256:43d55dc4e0a7f5c6a082da9c699e0dcae8f2b971dec1d61534654bc84693cdfa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperatorFaq"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"staffFaq"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<OperatorFaqQuery, OperatorFaqQueryVariables>;
export const OperatorFaqCreateDocument = {"__meta__":{"hash":"sha256:43e14de6fd878fbdd81e64f26895bf383ce8266bc93ef60ec6b80e9dc487b0b4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OperatorFaqCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FaqEntryCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"faqEntryCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OperatorFaqCreateMutation, OperatorFaqCreateMutationVariables>;
export const OperatorFaqUpdateDocument = {"__meta__":{"hash":"sha256:4aca2c359417329ecb2660505f5f77b9563dd0bb426920b481474ff18341b83c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OperatorFaqUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FaqEntryUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"faqEntryUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OperatorFaqUpdateMutation, OperatorFaqUpdateMutationVariables>;
export const OperatorAccountMetersDocument = {"__meta__":{"hash":"sha256:a08a22add8744b8ab771eeda68e0da97f3894b74bc2aac38460c7b2f5dd764f5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperatorAccountMeters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"staffAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"ownerFullName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"meters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}},{"kind":"Field","name":{"kind":"Name","value":"operatorBlockReason"}},{"kind":"Field","name":{"kind":"Name","value":"blockedReason"}}]}}]}}]}}]} as unknown as DocumentNode<OperatorAccountMetersQuery, OperatorAccountMetersQueryVariables>;
export const OperatorMeterBlockDocument = {"__meta__":{"hash":"sha256:2ff2c9cf34d603b1f014bd1ce306721bb7b937cf9381e5f97f092ff50aeacb5e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OperatorMeterBlock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeterBlockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"meterBlock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"meter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operatorBlockReason"}},{"kind":"Field","name":{"kind":"Name","value":"blockedReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OperatorMeterBlockMutation, OperatorMeterBlockMutationVariables>;
export const OperatorMeterUnblockDocument = {"__meta__":{"hash":"sha256:74dc1fec122b2fe7149fc0b9d5a0c31a659e2af37f87b7f12b39baaf0dfbc700"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OperatorMeterUnblock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeterUnblockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"meterUnblock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"meter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operatorBlockReason"}},{"kind":"Field","name":{"kind":"Name","value":"blockedReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OperatorMeterUnblockMutation, OperatorMeterUnblockMutationVariables>;
export const OperatorNewsDocument = {"__meta__":{"hash":"sha256:3879f8b9b87766a170abccb332d3408cbd48e92d1618fe5b4f9a6691f5c7d637"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperatorNews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"published"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"staffNews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"published"},"value":{"kind":"Variable","name":{"kind":"Name","value":"published"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}}]} as unknown as DocumentNode<OperatorNewsQuery, OperatorNewsQueryVariables>;
export const OperatorNewsCreateDocument = {"__meta__":{"hash":"sha256:5e94e6c4be6cd3ecaa955f639599467efc46a0b63f9e0bfcc6585d9bea875bf4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OperatorNewsCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NewsCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"newsCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"news"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OperatorNewsCreateMutation, OperatorNewsCreateMutationVariables>;
export const OperatorNewsUpdateDocument = {"__meta__":{"hash":"sha256:c776a3863054b4f147a9b425c0137cfcd3410f7abb427ec8c15789c8e43b8f14"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OperatorNewsUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NewsUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"newsUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"news"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OperatorNewsUpdateMutation, OperatorNewsUpdateMutationVariables>;
export const OperatorNewsPublishDocument = {"__meta__":{"hash":"sha256:504502e4811de2ce07efddc9e36734ac69ade0309d063184adb0ccc77969b1cc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OperatorNewsPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NewsIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"newsPublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"news"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OperatorNewsPublishMutation, OperatorNewsPublishMutationVariables>;
export const OperatorNewsUnpublishDocument = {"__meta__":{"hash":"sha256:1d1610224f0780b1230ac35bc5e38025a161c6f3d9a1d0c8aead75452f087868"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OperatorNewsUnpublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NewsIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"newsUnpublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"news"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OperatorNewsUnpublishMutation, OperatorNewsUnpublishMutationVariables>;
export const OperatorViewerDocument = {"__meta__":{"hash":"sha256:95d3a976d22b88287fd888f9d9470041960fbfeb6a165f09f3b5c2fdaeb57f66"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperatorViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"staffViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<OperatorViewerQuery, OperatorViewerQueryVariables>;
export const StaffSessionCreateDocument = {"__meta__":{"hash":"sha256:72a2d17d6e136d95801485aa4aed8a05d130952f9669aa1c1b11717d7c003a5a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffSessionCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffSessionCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"staffSessionCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<StaffSessionCreateMutation, StaffSessionCreateMutationVariables>;
export const StaffQueueDocument = {"__meta__":{"hash":"sha256:6c3dd356dddd02fac4f526378a7dbd6c7b3aaf2150c495329ff4969843c51268"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdueOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"staffAppealCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffAppeals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdueOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdueOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}},{"kind":"Argument","name":{"kind":"Name","value":"accountNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isQuestion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffQueueQuery, StaffQueueQueryVariables>;
export const StaffAppealDetailsDocument = {"__meta__":{"hash":"sha256:1f3970f9e65883a2de49423a6c07b47471c2320d1dbaa12a63bfdb838255b0ca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffAppealDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"appealUploadRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"maxTotalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"maxFiles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealDetailsFields"}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"processingDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxProcessingDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readingDispute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"slotCode"}},{"kind":"Field","name":{"kind":"Name","value":"slotLabel"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topicTitle"}},{"kind":"Field","name":{"kind":"Name","value":"isQuestion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"processingTimeText"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachedFiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealFileFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerFiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingText"}},{"kind":"Field","name":{"kind":"Name","value":"ratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canRate"}},{"kind":"Field","name":{"kind":"Name","value":"statusChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatusText"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"byStaff"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}}]}}]}}]}}]} as unknown as DocumentNode<StaffAppealDetailsQuery, StaffAppealDetailsQueryVariables>;
export const StaffAppealQueueChangedDocument = {"__meta__":{"hash":"sha256:7ef6ab0e8fd21c24bcbfe2bd069486ab9e50b35a2183c85969be8e6b3851a243"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"StaffAppealQueueChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffAppealQueueChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}}]}}]}}]} as unknown as DocumentNode<StaffAppealQueueChangedSubscription, StaffAppealQueueChangedSubscriptionVariables>;
export const PasswordChangeStateDocument = {"__meta__":{"hash":"sha256:e1bdaf102d5b13f3cf2a3b844bad5b0661a67b87f5848ba6621a3afad2c73643"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PasswordChangeState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PasswordChangeStateQuery, PasswordChangeStateQueryVariables>;
export const SavedCardDeleteDocument = {"__meta__":{"hash":"sha256:ca38ffe3a798836863eb406b6202364038fbb83793fe21e78dac9a96da24d7db"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SavedCardDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SavedCardDeleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"savedCardDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deletedCardId"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAutopays"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPan"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"expiry"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SavedCardDeleteMutation, SavedCardDeleteMutationVariables>;
export const PaymentHistoryDocument = {"__meta__":{"hash":"sha256:06300ef2be276bd5087138b95e0c50a315232b7934e90c58689016217adf9c78"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activeAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paymentHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"channelText"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReceiptFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReceiptFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"shiftNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"taxation"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"vat"}},{"kind":"Field","name":{"kind":"Name","value":"vatRate"}},{"kind":"Field","name":{"kind":"Name","value":"vatAmount"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"paymentObject"}},{"kind":"Field","name":{"kind":"Name","value":"supplierInn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vatTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"vatRate"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"vatAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fnNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalDocumentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalSign"}},{"kind":"Field","name":{"kind":"Name","value":"kktRegNumber"}},{"kind":"Field","name":{"kind":"Name","value":"buyerContact"}},{"kind":"Field","name":{"kind":"Name","value":"siteUrl"}},{"kind":"Field","name":{"kind":"Name","value":"placeOfSettlement"}},{"kind":"Field","name":{"kind":"Name","value":"qrText"}},{"kind":"Field","name":{"kind":"Name","value":"seller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inn"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]} as unknown as DocumentNode<PaymentHistoryQuery, PaymentHistoryQueryVariables>;
export const PaymentHistoryExportDocument = {"__meta__":{"hash":"sha256:a95fe4ed79f43628373d6d12ad72d953f792ae9e494a7191d5824f2af2c01c9b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentHistoryExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activeAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paymentHistoryExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaymentHistoryExportQuery, PaymentHistoryExportQueryVariables>;
export const InvoiceListDocument = {"__meta__":{"hash":"sha256:0a0a70190c1694cd8eb5ed71cb049b175e9fb91d6a4cc33cccc21154e4d9b372"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"36"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"amountToPay"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"totalDue"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceListQuery, InvoiceListQueryVariables>;
export const InvoicePdfCreateDocument = {"__meta__":{"hash":"sha256:0fe287b5121e68f886f73e2af720e248b8ca091f78d42f1e9cd6c5190e734569"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvoicePdfCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoicePdfCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"invoicePdfCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"htmlView"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<InvoicePdfCreateMutation, InvoicePdfCreateMutationVariables>;
export const PaymentCreateDocument = {"__meta__":{"hash":"sha256:baf826b2f88a129561c7f9ac0aea200d0d274bd220ba45e15dfe5025f2920381"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaymentCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"paymentCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"confirmationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentCreateMutation, PaymentCreateMutationVariables>;
export const PaymentPageDocument = {"__meta__":{"hash":"sha256:b06acc57f4e88c3036e3ce7bc64a73c190c3dfbf71506074444981055872474d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPan"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"expiry"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"amountDueBySupplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"separatePayment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaymentPageQuery, PaymentPageQueryVariables>;
export const PaymentResultDocument = {"__meta__":{"hash":"sha256:3e4db437cbaf8d172289b916483666d1d9490942dcb5d748c63adeaa55646da1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentResult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReceiptFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReceiptFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"shiftNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"taxation"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"vat"}},{"kind":"Field","name":{"kind":"Name","value":"vatRate"}},{"kind":"Field","name":{"kind":"Name","value":"vatAmount"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"paymentObject"}},{"kind":"Field","name":{"kind":"Name","value":"supplierInn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vatTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"vatRate"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"vatAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fnNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalDocumentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalSign"}},{"kind":"Field","name":{"kind":"Name","value":"kktRegNumber"}},{"kind":"Field","name":{"kind":"Name","value":"buyerContact"}},{"kind":"Field","name":{"kind":"Name","value":"siteUrl"}},{"kind":"Field","name":{"kind":"Name","value":"placeOfSettlement"}},{"kind":"Field","name":{"kind":"Name","value":"qrText"}},{"kind":"Field","name":{"kind":"Name","value":"seller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inn"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]} as unknown as DocumentNode<PaymentResultQuery, PaymentResultQueryVariables>;
export const PaymentStatusChangedDocument = {"__meta__":{"hash":"sha256:236fb27fc9d34f153b9aa452b83b87c41309edcffd8412d8186684ac94069b74"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PaymentStatusChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"paymentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}}]}}]}}]} as unknown as DocumentNode<PaymentStatusChangedSubscription, PaymentStatusChangedSubscriptionVariables>;
export const PaymentReceiptPdfCreateDocument = {"__meta__":{"hash":"sha256:b57501e4435091b461e2fc41c7569e2223b395dca3a585eff7f8486ebc7ce7c9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaymentReceiptPdfCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentReceiptPdfCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReceiptPdfCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentReceiptPdfCreateMutation, PaymentReceiptPdfCreateMutationVariables>;
export const AutopayDisableDocument = {"__meta__":{"hash":"sha256:80e095682cb298c587a7a2039b0dd49e52c9340eda0e5e3be2e98409f9ce143c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AutopayDisable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AutopayDisableInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"autopayDisable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"autopay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AutopayFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AutopayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Autopay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"connected"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}},{"kind":"Field","name":{"kind":"Name","value":"connectedByOtherUser"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"modeText"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"nextChargeOn"}},{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPan"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"expiry"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cardVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<AutopayDisableMutation, AutopayDisableMutationVariables>;
export const AutopaySetDocument = {"__meta__":{"hash":"sha256:9edfc372e9aa2c606d742f966a4d8e10e70942a96b37e21773f1fde9686f02a3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AutopaySet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AutopaySetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"autopaySet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"confirmationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"autopay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AutopayFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AutopayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Autopay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"connected"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}},{"kind":"Field","name":{"kind":"Name","value":"connectedByOtherUser"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"modeText"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"nextChargeOn"}},{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPan"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"expiry"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cardVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<AutopaySetMutation, AutopaySetMutationVariables>;
export const AutopayBlockDocument = {"__meta__":{"hash":"sha256:fae4e52397507f0d9d276cb4a93a9d86ae1353dd69f7829e6e379fb6e4968dd2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AutopayBlock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPan"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"expiry"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"autopay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AutopayFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AutopayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Autopay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"connected"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}},{"kind":"Field","name":{"kind":"Name","value":"connectedByOtherUser"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"modeText"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"nextChargeOn"}},{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPan"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"expiry"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cardVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<AutopayBlockQuery, AutopayBlockQueryVariables>;
export const AutopayReturnDocument = {"__meta__":{"hash":"sha256:c05e48ec8546183904c889a85a605c8df73f7d1c5d0c994d3a127ca8c17a89c9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AutopayReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AutopayReturnQuery, AutopayReturnQueryVariables>;
export const AutopayCardCheckedDocument = {"__meta__":{"hash":"sha256:ae4663ac2fa9248bd166c249faba8401de7b72b577d0e0af9ffbfb7065782040"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AutopayCardChecked"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentStatusChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AutopayCardCheckedSubscription, AutopayCardCheckedSubscriptionVariables>;
export const AccountLinkDocument = {"__meta__":{"hash":"sha256:fc166e3512200e9174664062e604c78820020b74c913119bb2d7bc5159493afb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accountLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccountLinkMutation, AccountLinkMutationVariables>;
export const AccountUnlinkDocument = {"__meta__":{"hash":"sha256:0390679666ff7ffdee8aed0833d77ce02ee3ee6b27edaddbcf8c3c23d48fb137"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountUnlink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountUnlinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accountUnlink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deletionScheduled"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccountUnlinkMutation, AccountUnlinkMutationVariables>;
export const ApiTokensDocument = {"__meta__":{"hash":"sha256:5738fb526aad738d745e8f15c3beaa4aeea91ab537f8621674586346a7fa2c4f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateText"}}]}}]}}]}}]} as unknown as DocumentNode<ApiTokensQuery, ApiTokensQueryVariables>;
export const ApiTokenCreateDocument = {"__meta__":{"hash":"sha256:aba413380c5b5f237752896e058c028c382ca742dd201b23f4367b5d40401beb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiTokenCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiTokenCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"apiTokenCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ApiTokenCreateMutation, ApiTokenCreateMutationVariables>;
export const ApiTokenRevokeDocument = {"__meta__":{"hash":"sha256:1a685b3e0f1dbc641e43a5ff61f097c515b27db922eec991e0dd8c2e2e74cfd2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiTokenRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiTokenRevokeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"apiTokenRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ApiTokenRevokeMutation, ApiTokenRevokeMutationVariables>;
export const AutopayTabDocument = {"__meta__":{"hash":"sha256:54c9e34f2572a919ae32acbcae4ac7c21f793a5f5faa84c89c042a2cfd12c262"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AutopayTab"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"emailConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPan"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"expiry"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"autopay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AutopayFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AutopayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Autopay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"connected"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}},{"kind":"Field","name":{"kind":"Name","value":"connectedByOtherUser"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"modeText"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"nextChargeOn"}},{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"maskedPan"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"expiry"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cardVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<AutopayTabQuery, AutopayTabQueryVariables>;
export const ViewerContactsUpdateDocument = {"__meta__":{"hash":"sha256:74dd34a1f6141206c495476e4ca0cd52ce275e75aecc9f3a80c41ac046c843df"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ViewerContactsUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ViewerContactsUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewerContactsUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"emailConfirmationSent"}},{"kind":"Field","name":{"kind":"Name","value":"phoneConfirmationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"phoneConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"profileCompleteness"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"eInvoice"}},{"kind":"Field","name":{"kind":"Name","value":"info"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerContactsUpdateMutation, ViewerContactsUpdateMutationVariables>;
export const ViewerLoginChangeDocument = {"__meta__":{"hash":"sha256:b9f4e0ad0ffba6a92e427862d87c517c66601420ee2b97f6f5b07f20a55c5653"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ViewerLoginChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ViewerLoginChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewerLoginChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerLoginChangeMutation, ViewerLoginChangeMutationVariables>;
export const PushStateDocument = {"__meta__":{"hash":"sha256:5fc8488070214831588e1e2f5dfabf41f4314a602e1b26911b9dac0e9658367a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PushState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpoint"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"webPushPublicKey"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pushSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpoint"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpoint"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"}},{"kind":"Field","name":{"kind":"Name","value":"readingReminders"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReminders"}},{"kind":"Field","name":{"kind":"Name","value":"appealAnswers"}}]}}]}}]}}]} as unknown as DocumentNode<PushStateQuery, PushStateQueryVariables>;
export const ViewerPushSubscribeDocument = {"__meta__":{"hash":"sha256:0892f2955fc557f7ffeb90026546d560f5e62547134da0d7301d88ba289df282"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ViewerPushSubscribe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ViewerPushSubscribeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewerPushSubscribe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"}},{"kind":"Field","name":{"kind":"Name","value":"readingReminders"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReminders"}},{"kind":"Field","name":{"kind":"Name","value":"appealAnswers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerPushSubscribeMutation, ViewerPushSubscribeMutationVariables>;
export const ViewerPushUnsubscribeDocument = {"__meta__":{"hash":"sha256:26285c496d2377cab9035eab890251d24fa28d1d25cf9569a6b8dbbb5393550d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ViewerPushUnsubscribe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ViewerPushUnsubscribeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewerPushUnsubscribe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerPushUnsubscribeMutation, ViewerPushUnsubscribeMutationVariables>;
export const SessionRevokeAllDocument = {"__meta__":{"hash":"sha256:fdd7cc824e6e5cf15da0935bdc1ee9df8ccd5337a6af83c0e63845bae9ae6066"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionRevokeAll"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sessionRevokeAll"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SessionRevokeAllMutation, SessionRevokeAllMutationVariables>;
export const ViewerSubscriptionsUpdateDocument = {"__meta__":{"hash":"sha256:e0d2cc7a1b6aabaf21b6d87c5ddc4608106516719605a208d33ad8c4ceb33532"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ViewerSubscriptionsUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ViewerSubscriptionsUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSubscriptionsUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"eInvoice"}},{"kind":"Field","name":{"kind":"Name","value":"info"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerSubscriptionsUpdateMutation, ViewerSubscriptionsUpdateMutationVariables>;
export const ProfileViewerDocument = {"__meta__":{"hash":"sha256:29d488acfda2164dfd4ef9d20395533ce69301551bb9eb21663e015586960539"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfileViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"phoneConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"profileCompleteness"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"eInvoice"}},{"kind":"Field","name":{"kind":"Name","value":"info"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"ownerFullName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ProfileViewerQuery, ProfileViewerQueryVariables>;
export const PreliminaryCalculationDocument = {"__meta__":{"hash":"sha256:238ff21fb3885773e9985ef248606ad7e4a06557808ffe5517cac07609fbbdeb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreliminaryCalculation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activeAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"preliminaryCalculation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"tariff"}},{"kind":"Field","name":{"kind":"Name","value":"norm"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentTotal"}},{"kind":"Field","name":{"kind":"Name","value":"previousDebt"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"warning"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgment"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PreliminaryCalculationQuery, PreliminaryCalculationQueryVariables>;
export const ReadingHistoryDocument = {"__meta__":{"hash":"sha256:5a539a5d05e3dd007e1922c42a75f59d3dc8d2e76b3d23697738403427e69d1e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadingHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"acceptedOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activeAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readingHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"acceptedOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"acceptedOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"meterNumber"}},{"kind":"Field","name":{"kind":"Name","value":"meterStatusText"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"sourceText"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReadingHistoryQuery, ReadingHistoryQueryVariables>;
export const ReadingHistoryPdfCreateDocument = {"__meta__":{"hash":"sha256:82eb89555345d5e17d752e99a8b7777e582ce94108ac30d6ca39e42339bcab5c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReadingHistoryPdfCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReadingHistoryPdfCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"readingHistoryPdfCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ReadingHistoryPdfCreateMutation, ReadingHistoryPdfCreateMutationVariables>;
export const ReadingHistoryExportDocument = {"__meta__":{"hash":"sha256:4ec28a78ba714846cf8ff9ae7479e98a3acb283b33f09655684e4a915a083101"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadingHistoryExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"acceptedOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activeAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readingHistoryExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"acceptedOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"acceptedOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReadingHistoryExportQuery, ReadingHistoryExportQueryVariables>;
export const MeterReadingsSubmitDocument = {"__meta__":{"hash":"sha256:a0e8902acebcd4e1c630c986dc90d9f83e29e39de1f48dafeb821bfd4b1ab4d7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeterReadingsSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeterReadingsSubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"meterReadingsSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"readings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"meterId"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"consumption"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MeterReadingsSubmitMutation, MeterReadingsSubmitMutationVariables>;
export const ReadingDisputeSubmitDocument = {"__meta__":{"hash":"sha256:20f7e03b620863d5a1217b943a978aebcb8cea7fd9d76047ea4b5ec9fd204aa2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReadingDisputeSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReadingDisputeSubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"readingDisputeSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ReadingDisputeSubmitMutation, ReadingDisputeSubmitMutationVariables>;
export const ReadingDisputeFormDocument = {"__meta__":{"hash":"sha256:5e5e37d17598476cf245b7b13190b677af2ce734c51d6a04ae58fff2f8ce6b36"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadingDisputeForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"readingPhotoRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"maxBytes"}},{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appealConsents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"personalData"}},{"kind":"Field","name":{"kind":"Name","value":"simpleSignature"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"appealsAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<ReadingDisputeFormQuery, ReadingDisputeFormQueryVariables>;
export const ReadingsMetersDocument = {"__meta__":{"hash":"sha256:08e50ff8b7c3dae4cf757490bea68b8efc96885f5977274d051670e05eda9e0f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadingsMeters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"readingsWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readingPhotoRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"maxBytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activeAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"digits"}},{"kind":"Field","name":{"kind":"Name","value":"zones"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}},{"kind":"Field","name":{"kind":"Name","value":"blockedReason"}},{"kind":"Field","name":{"kind":"Name","value":"nextVerificationDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastAccepted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastSubmitted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sourceText"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReadingsMetersQuery, ReadingsMetersQueryVariables>;
export const PasswordResetRequestDocument = {"__meta__":{"hash":"sha256:c9a26c49bd16fa0867a2d09eca3f1469317e79c841eadfcab0cdc8e24357b91e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PasswordResetRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordResetRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"passwordResetRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sentTo"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PasswordResetRequestMutation, PasswordResetRequestMutationVariables>;
export const PasswordResetDocument = {"__meta__":{"hash":"sha256:c5de10cfe69a0474de1fdfd2aad29f0b1971ab102d64366758280273d97f470c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"passwordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PasswordResetMutation, PasswordResetMutationVariables>;
export const UserRegisterDocument = {"__meta__":{"hash":"sha256:8c1a3be93e8b033681f01e2ad480f9c38825cd8c63c1b4b61ed008bb4a6b7088"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UserRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"userRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emailConfirmationSent"}},{"kind":"Field","name":{"kind":"Name","value":"phoneConfirmationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UserRegisterMutation, UserRegisterMutationVariables>;
export const ReminderLinkDocument = {"__meta__":{"hash":"sha256:fcbfc49ac28fda4e79442d8da62f6a75ffc9702977548a086521f7943b619c25"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReminderLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"readingsWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reminderLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"problemCode"}},{"kind":"Field","name":{"kind":"Name","value":"page"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"windowOpen"}},{"kind":"Field","name":{"kind":"Name","value":"meters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"digits"}},{"kind":"Field","name":{"kind":"Name","value":"zones"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}},{"kind":"Field","name":{"kind":"Name","value":"blockedReason"}},{"kind":"Field","name":{"kind":"Name","value":"nextVerificationDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastAccepted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastSubmitted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sourceText"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReminderLinkQuery, ReminderLinkQueryVariables>;
export const ReminderReadingsSubmitDocument = {"__meta__":{"hash":"sha256:78695ffffba4e9d65a235e8c37096d17625ffdc939d35ae4eeba1be015bdf222"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReminderReadingsSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReminderReadingsSubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reminderReadingsSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"readings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"meterId"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"consumption"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ReminderReadingsSubmitMutation, ReminderReadingsSubmitMutationVariables>;