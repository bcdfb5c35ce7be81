// Appeal topics and reasons (manual 6.5): each reason's form, required files and processing
// time are data (new topics go last: the order of existing installations stays). Fields and file slots share one sortOrder space, so a form can interleave
// them as figure 32 does («Скан паспорта» between «Прописка» and the name fields).
import type { AppealFieldKind, Prisma, PrismaClient } from "../generated/prisma/client.js";

type Tx = Prisma.TransactionClient | PrismaClient;

interface FieldDef {
  code: string;
  label: string;
  kind?: AppealFieldKind;
  required?: boolean;
  section?: string;
  prefill?: string;
  sortOrder: number;
}

interface SlotDef {
  code: string;
  label: string;
  required?: boolean;
  multiple?: boolean;
  sortOrder: number;
}

interface TypeDef {
  code: string;
  title: string;
  numberPrefix?: string;
  processingDays: number;
  maxProcessingDays?: number;
  isQuestion?: boolean;
  /** False: not offered in «Подать заявление», filed from its own page. */
  listed?: boolean;
  fields: FieldDef[];
  slots: SlotDef[];
}

interface TopicDef {
  code: string;
  title: string;
  types: TypeDef[];
}

const OWNER_PASSPORT = "Паспорт владельца объекта недвижимости";

const passportFields = (start: number): FieldDef[] => [
  { code: "passport", label: "Серия, Номер", kind: "PASSPORT", required: true, section: OWNER_PASSPORT, sortOrder: start },
  { code: "passportIssuedAt", label: "Дата выдачи", kind: "DATE", required: true, section: OWNER_PASSPORT, sortOrder: start + 10 },
  { code: "passportIssuedBy", label: "Кем выдан", required: true, section: OWNER_PASSPORT, sortOrder: start + 20 },
  { code: "birthPlace", label: "Место рождения", required: true, section: OWNER_PASSPORT, sortOrder: start + 30 },
];

const comment = (sortOrder: number, required = false): FieldDef => ({
  code: "comment",
  label: "Комментарий",
  kind: "TEXTAREA",
  required,
  sortOrder,
});

const otherDocuments = (sortOrder: number): SlotDef => ({ code: "other", label: "Прочие документы", multiple: true, sortOrder });
const passportScan = (sortOrder: number): SlotDef => ({ code: "passportScan", label: "Скан паспорта", required: true, sortOrder });
const ownershipDocument = (sortOrder: number, required = true): SlotDef => ({
  code: "ownership",
  label: "Документ, подтверждающий право собственности (пользования) на помещение",
  required,
  sortOrder,
});

export const APPEAL_TOPICS: TopicDef[] = [
  {
    code: "ACCOUNT_DATA_CHANGE",
    title: "Внесение изменений в данные лицевого счета",
    types: [
      {
        code: "OWNER_NAME_INCORRECT",
        title: "Некорректная фамилия или имя и (или) отчество собственника (пользователя)",
        numberPrefix: "07",
        processingDays: 11,
        fields: [
          ...passportFields(10),
          { code: "lastNameOld", label: "Фамилия в лицевом счете", prefill: "ownerLastName", sortOrder: 70 },
          { code: "firstNameOld", label: "Имя в лицевом счете", prefill: "ownerFirstName", sortOrder: 80 },
          { code: "middleNameOld", label: "Отчество в лицевом счете", prefill: "ownerMiddleName", sortOrder: 90 },
          { code: "lastNameNew", label: "Фамилия верная", required: true, prefill: "ownerLastName", sortOrder: 100 },
          { code: "firstNameNew", label: "Имя верное", required: true, prefill: "ownerFirstName", sortOrder: 110 },
          { code: "middleNameNew", label: "Отчество верное", prefill: "ownerMiddleName", sortOrder: 120 },
          comment(130),
        ],
        slots: [passportScan(45), ownershipDocument(140), otherDocuments(150)],
      },
      {
        // Figure 32.
        code: "OWNER_NAME_CHANGED",
        title: "Смена фамилии или изменение имени собственника (пользователя)",
        numberPrefix: "08",
        processingDays: 11,
        fields: [
          ...passportFields(10),
          { code: "registrationAddress", label: "Адрес регистрации", required: true, section: "Прописка", sortOrder: 50 },
          { code: "registrationDate", label: "Дата регистрации", kind: "DATE", required: true, section: "Прописка", sortOrder: 60 },
          { code: "lastNameOld", label: "Фамилия была", prefill: "ownerLastName", sortOrder: 70 },
          { code: "firstNameOld", label: "Имя было", prefill: "ownerFirstName", sortOrder: 80 },
          { code: "middleNameOld", label: "Отчество было", prefill: "ownerMiddleName", sortOrder: 90 },
          { code: "lastNameNew", label: "Фамилия новая", required: true, prefill: "ownerLastName", sortOrder: 100 },
          { code: "firstNameNew", label: "Имя новое", required: true, prefill: "ownerFirstName", sortOrder: 110 },
          { code: "middleNameNew", label: "Отчество новое", prefill: "ownerMiddleName", sortOrder: 120 },
          comment(130),
        ],
        slots: [
          passportScan(65),
          { code: "nameChangeCertificate", label: "Свидетельство о перемене имени / о заключении брака", required: true, sortOrder: 140 },
          {
            code: "propertyTransfer",
            label: "Договор или иной документ о передаче имущества в собственность/пользовании",
            sortOrder: 150,
          },
          otherDocuments(160),
        ],
      },
      {
        code: "AREA_CHANGED",
        title: "Изменение площади жилого помещения",
        numberPrefix: "09",
        processingDays: 11,
        fields: [
          { code: "totalAreaOld", label: "Общая площадь в лицевом счете, м²", kind: "NUMBER", prefill: "totalArea", sortOrder: 10 },
          { code: "totalAreaNew", label: "Общая площадь новая, м²", kind: "NUMBER", required: true, sortOrder: 20 },
          { code: "livingAreaNew", label: "Жилая площадь новая, м²", kind: "NUMBER", sortOrder: 30 },
          { code: "heatedAreaNew", label: "Отапливаемая площадь новая, м²", kind: "NUMBER", sortOrder: 40 },
          { code: "changedAt", label: "Дата изменения", kind: "DATE", required: true, sortOrder: 50 },
          comment(60),
        ],
        slots: [{ code: "egrn", label: "Выписка из ЕГРН или технический паспорт с новой площадью", required: true, sortOrder: 70 }, otherDocuments(80)],
      },
      {
        code: "POSTAL_ADDRESS_CHANGED",
        title: "Изменение почтового адреса доставки платежных документов",
        numberPrefix: "10",
        processingDays: 11,
        fields: [
          { code: "postalAddressOld", label: "Почтовый адрес в лицевом счете", prefill: "postalAddress", sortOrder: 10 },
          { code: "postalCode", label: "Индекс", required: true, sortOrder: 20 },
          { code: "postalAddressNew", label: "Новый почтовый адрес", required: true, sortOrder: 30 },
          comment(40),
        ],
        slots: [otherDocuments(50)],
      },
      {
        code: "RESIDENTS_CHANGED",
        title: "Изменение количества проживающих",
        numberPrefix: "11",
        processingDays: 11,
        fields: [
          { code: "residentsOld", label: "Количество проживающих в лицевом счете", kind: "NUMBER", prefill: "residents", sortOrder: 10 },
          { code: "residentsNew", label: "Количество проживающих новое", kind: "NUMBER", required: true, sortOrder: 20 },
          { code: "changedAt", label: "Дата изменения", kind: "DATE", required: true, sortOrder: 30 },
          comment(40),
        ],
        slots: [
          {
            code: "residenceCertificate",
            label: "Документ, подтверждающий количество проживающих (справка о зарегистрированных лицах)",
            required: true,
            sortOrder: 50,
          },
          otherDocuments(60),
        ],
      },
      {
        code: "METER_DATA_INCORRECT",
        title: "Некорректная модель и (или) номер прибора учета",
        numberPrefix: "12",
        processingDays: 11,
        fields: [
          { code: "meterNumberOld", label: "Номер прибора учета в лицевом счете", required: true, sortOrder: 10 },
          { code: "meterNumberNew", label: "Номер прибора учета фактический", required: true, sortOrder: 20 },
          { code: "meterModel", label: "Модель прибора учета", required: true, sortOrder: 30 },
          { code: "meterReading", label: "Текущие показания", kind: "NUMBER", sortOrder: 40 },
          comment(50),
        ],
        slots: [
          { code: "meterPhoto", label: "Фото прибора учета (номер и показания)", required: true, sortOrder: 60 },
          { code: "meterPassport", label: "Паспорт прибора учета", sortOrder: 70 },
          otherDocuments(80),
        ],
      },
    ],
  },
  {
    code: "QUESTION",
    title: "Задать вопрос",
    types: [
      {
        // Figure 33: plain sequence numbers (44564), 3 working days, up to 30.
        code: "QUESTION",
        title: "Задать вопрос",
        processingDays: 3,
        maxProcessingDays: 30,
        isQuestion: true,
        fields: [{ code: "text", label: "Текст сообщения", kind: "TEXTAREA", required: true, sortOrder: 10 }],
        slots: [otherDocuments(20)],
      },
    ],
  },
  {
    code: "CONTRACT_CONCLUDE",
    title: "Заключить договор энергоснабжения (ФЛ)",
    types: [
      {
        code: "CONTRACT_CONCLUDE",
        title: "Заключить договор энергоснабжения (ФЛ)",
        numberPrefix: "03",
        processingDays: 10,
        fields: [
          ...passportFields(10),
          { code: "ownershipSince", label: "Дата возникновения права собственности (пользования)", kind: "DATE", required: true, sortOrder: 50 },
          comment(60),
        ],
        slots: [passportScan(70), ownershipDocument(80), otherDocuments(90)],
      },
    ],
  },
  {
    code: "OTHER",
    title: "Прочее",
    types: [
      {
        code: "OTHER",
        title: "Прочее",
        processingDays: 7,
        fields: [comment(10, true)],
        slots: [otherDocuments(20)],
      },
    ],
  },
  {
    code: "GRATITUDE",
    title: "Благодарность",
    types: [
      {
        code: "GRATITUDE",
        title: "Благодарность",
        processingDays: 7,
        fields: [comment(10, true)],
        slots: [otherDocuments(20)],
      },
    ],
  },
  {
    code: "MUTUAL_AGREEMENT",
    title: "По соглашению сторон",
    types: [
      {
        code: "MUTUAL_AGREEMENT",
        title: "По соглашению сторон",
        numberPrefix: "19",
        processingDays: 10,
        fields: [
          { code: "terminationDate", label: "Дата расторжения договора", kind: "DATE", required: true, sortOrder: 10 },
          { code: "finalReadings", label: "Показания приборов учета на дату расторжения", sortOrder: 20 },
          comment(30),
        ],
        slots: [
          { code: "ownershipEnded", label: "Документ о прекращении права собственности (пользования)", required: true, sortOrder: 40 },
          otherDocuments(50),
        ],
      },
    ],
  },
  {
    code: "METER_READINGS",
    title: "Показания приборов учета",
    types: [
      {
        // «Оспорить показания» on «Передача показаний» when a value is below the accepted one (manual 6.2:
        // «необходимо обратиться в клиентский офис компании, при себе необходимо иметь фото табло
        // прибора учета»): filed there in one step, with the meter and its values (domains/readings/dispute.ts).
        code: "READINGS_DISPUTE",
        title: "Несогласие с принятыми показаниями",
        numberPrefix: "13",
        processingDays: 11,
        listed: false,
        fields: [
          { code: "meterNumber", label: "Номер прибора учета", required: true, sortOrder: 10 },
          { code: "enteredReadings", label: "Показания на табло", required: true, sortOrder: 20 },
          { code: "acceptedReadings", label: "Ранее принятые показания", required: true, sortOrder: 30 },
          comment(40),
        ],
        slots: [{ code: "displayPhoto", label: "Фото табло прибора учета", required: true, sortOrder: 50 }],
      },
    ],
  },
];

/** Adds missing topics, reasons, fields and slots; existing rows (maybe edited by admins) stay. */
export async function seedAppealCatalog(prisma: Tx): Promise<number> {
  let inserted = (
    await prisma.appealTopic.createMany({
      data: APPEAL_TOPICS.map((t, i) => ({ code: t.code, title: t.title, sortOrder: (i + 1) * 10 })),
      skipDuplicates: true,
    })
  ).count;
  const topicIds = new Map((await prisma.appealTopic.findMany({ select: { id: true, code: true } })).map((t) => [t.code, t.id]));

  inserted += (
    await prisma.appealType.createMany({
      data: APPEAL_TOPICS.flatMap((topic) =>
        topic.types.map(({ fields: _f, slots: _s, ...type }, i) => ({ ...type, topicId: topicIds.get(topic.code)!, sortOrder: (i + 1) * 10 })),
      ),
      skipDuplicates: true,
    })
  ).count;
  const typeIds = new Map((await prisma.appealType.findMany({ select: { id: true, code: true } })).map((t) => [t.code, t.id]));

  const types = APPEAL_TOPICS.flatMap((t) => t.types);
  inserted += (
    await prisma.appealField.createMany({
      data: types.flatMap((type) => type.fields.map((f) => ({ ...f, typeId: typeIds.get(type.code)! }))),
      skipDuplicates: true,
    })
  ).count;
  inserted += (
    await prisma.appealFileSlot.createMany({
      data: types.flatMap((type) => type.slots.map((s) => ({ ...s, typeId: typeIds.get(type.code)! }))),
      skipDuplicates: true,
    })
  ).count;
  return inserted;
}
