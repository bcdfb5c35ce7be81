// The demo accounts: objects, services, meters, documents, notices and how each one pays.
// 0710000000 is exactly the account of figures 9 and 11 of the manual.
import type { DocumentStatus, NoticeKind, PaymentChannel, TariffZone } from "../generated/prisma/client.js";

export interface MeterSpec {
  number: string;
  model: string;
  service: "ELECTRICITY" | "COLD_WATER";
  zones: TariffZone[];
  /** Reading at the start of the history, per zone. */
  start: Partial<Record<TariffZone, number>>;
  /** Typical consumption per month, per zone (varied by season and ±10 %). */
  monthly: Partial<Record<TariffZone, number>>;
  installedAt: string;
  nextVerificationDate: string;
  overLimitThreshold: string;
  digits?: number;
}

export interface DemoAccount {
  number: string;
  ownerLastName: string;
  ownerFirstName: string;
  ownerMiddleName: string;
  address: string;
  objectType: string;
  buildingType: string;
  consumptionObject: string;
  totalArea: string;
  livingArea: string;
  heatedArea: string;
  rooms: number;
  residents: number;
  stoveType: string;
  /** Served by the Нефтеюганск client office. */
  office: boolean;
  /** Opening date; without it, the start of the account's history. */
  openedAt?: string;
  services: { code: string; zones: TariffZone[] }[];
  meters: MeterSpec[];
  documents: { title: string; status: DocumentStatus; statusText: string }[];
  notices: { kind: NoticeKind; text: string }[];
  /** Login of the demo user who owns the account and pays for it, if any. */
  owner?: string;
  /** Closed months of history, ending with the month before "now". */
  months: number;
  /** The last N months are left unpaid (debt); earlier months are paid in full within the month. */
  unpaidLastMonths: number;
  payment: { channel: PaymentChannel; channelLabel: string; receipts: boolean };
}

const ELECTRICITY_TWO_ZONES = { code: "ELECTRICITY", zones: ["DAY", "NIGHT"] as TariffZone[] };
const ELECTRICITY_ONE_ZONE = { code: "ELECTRICITY", zones: ["ALL_DAY"] as TariffZone[] };
const single = (code: string) => ({ code, zones: ["ALL_DAY"] as TariffZone[] });

const LKK = { channel: "LKK" as const, channelLabel: "Газпромбанк ЛКК", receipts: true };

const FULL_DOCUMENTS: DemoAccount["documents"] = [
  { title: "Договор энергообеспечения", status: "SIGNED", statusText: "Подписан" },
  { title: "Паспорт РФ", status: "PROVIDED", statusText: "Предоставлен" },
  { title: "Право собственности", status: "PROVIDED", statusText: "Предоставлено" },
  { title: "Паспорта приборов учёта", status: "PROVIDED", statusText: "Предоставлены" },
];

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    number: "0710000000",
    ownerLastName: "Иванов",
    ownerFirstName: "Иван",
    ownerMiddleName: "Иванович",
    address: "628300, ХМАО - Югра, Нефтеюганск г, 1 мкр., дом, кв. 1",
    objectType: "Квартира",
    buildingType: "МКД",
    consumptionObject: "Квартира",
    totalArea: "76",
    livingArea: "76",
    heatedArea: "76",
    rooms: 3,
    residents: 2,
    stoveType: "Электрическая",
    office: true,
    openedAt: "2019-03-25",
    services: [ELECTRICITY_TWO_ZONES, single("COLD_WATER"), single("WASTEWATER")],
    meters: [
      {
        number: "6158001",
        model: "Меркурий 200.02",
        service: "ELECTRICITY",
        zones: ["DAY", "NIGHT"],
        start: { DAY: 23840, NIGHT: 7612 },
        monthly: { DAY: 300, NIGHT: 100 },
        installedAt: "2019-03-25",
        nextVerificationDate: "2035-03-25",
        overLimitThreshold: "2000",
      },
      {
        number: "6158008",
        model: "Меркурий 200.02",
        service: "ELECTRICITY",
        zones: ["DAY", "NIGHT"],
        start: { DAY: 26115, NIGHT: 9840 },
        monthly: { DAY: 300, NIGHT: 100 },
        installedAt: "2019-03-25",
        nextVerificationDate: "2035-03-25",
        overLimitThreshold: "2000",
      },
    ],
    documents: FULL_DOCUMENTS,
    notices: [],
    owner: "0710000000",
    months: 12,
    unpaidLastMonths: 0,
    payment: LKK,
  },
  {
    number: "0710000001",
    ownerLastName: "Иванов",
    ownerFirstName: "Иван",
    ownerMiddleName: "Иванович",
    address: "628305, ХМАО - Югра, Нефтеюганск г, 16А мкр., д. 84, кв. 31",
    objectType: "Квартира",
    buildingType: "МКД",
    consumptionObject: "Квартира",
    totalArea: "33.4",
    livingArea: "18.2",
    heatedArea: "33.4",
    rooms: 1,
    residents: 1,
    stoveType: "Электрическая",
    office: true,
    openedAt: "2021-08-12",
    services: [ELECTRICITY_ONE_ZONE, single("COLD_WATER"), single("WASTEWATER"), single("SOLID_WASTE"), single("CAPITAL_REPAIR")],
    meters: [
      {
        number: "0145227",
        model: "Меркурий 201.5",
        service: "ELECTRICITY",
        zones: ["ALL_DAY"],
        start: { ALL_DAY: 11874 },
        monthly: { ALL_DAY: 190 },
        installedAt: "2021-08-12",
        nextVerificationDate: "2037-08-12",
        overLimitThreshold: "1500",
      },
    ],
    documents: [
      { title: "Договор энергообеспечения", status: "SIGNED", statusText: "Подписан" },
      { title: "Паспорт РФ", status: "PROVIDED", statusText: "Предоставлен" },
      { title: "Право собственности", status: "MISSING", statusText: "Не предоставлено" },
    ],
    notices: [],
    owner: "0710000000",
    months: 12,
    unpaidLastMonths: 1,
    payment: LKK,
  },
  {
    // Not registered yet: for trying registration (number 5081111111 + surname Иванов).
    number: "5081111111",
    ownerLastName: "Иванов",
    ownerFirstName: "Пётр",
    ownerMiddleName: "Сергеевич",
    address: "628403, ХМАО - Югра, Сургут г, ул. Энергетиков, д. 22, кв. 57",
    objectType: "Квартира",
    buildingType: "МКД",
    consumptionObject: "Квартира",
    totalArea: "54.2",
    livingArea: "31.6",
    heatedArea: "54.2",
    rooms: 2,
    residents: 3,
    stoveType: "Электрическая",
    office: false,
    services: [ELECTRICITY_ONE_ZONE, single("COLD_WATER"), single("WASTEWATER"), single("SOLID_WASTE")],
    meters: [
      {
        number: "5081190",
        model: "Энергомера CE101 R5",
        service: "ELECTRICITY",
        zones: ["ALL_DAY"],
        start: { ALL_DAY: 4280 },
        monthly: { ALL_DAY: 260 },
        installedAt: "2016-02-10",
        nextVerificationDate: "2032-02-10",
        overLimitThreshold: "2000",
      },
    ],
    documents: [
      { title: "Договор энергообеспечения", status: "NOT_SIGNED", statusText: "Не подписан" },
      { title: "Паспорт РФ", status: "PROVIDED", statusText: "Предоставлен" },
    ],
    notices: [],
    months: 4,
    unpaidLastMonths: 0,
    payment: { channel: "BANK", channelLabel: "Сбербанк Онлайн", receipts: false },
  },
  {
    number: "0720000000",
    ownerLastName: "Петров",
    ownerFirstName: "Сергей",
    ownerMiddleName: "Николаевич",
    address: "628309, ХМАО - Югра, Нефтеюганск г, 8 мкр., д. 12, кв. 7",
    objectType: "Квартира",
    buildingType: "МКД",
    consumptionObject: "Квартира",
    totalArea: "48.6",
    livingArea: "29.9",
    heatedArea: "48.6",
    rooms: 2,
    residents: 3,
    stoveType: "Электрическая",
    office: true,
    openedAt: "2018-11-01",
    services: [ELECTRICITY_ONE_ZONE, single("COLD_WATER"), single("WASTEWATER"), single("SOLID_WASTE"), single("CAPITAL_REPAIR")],
    meters: [
      {
        number: "0397715",
        model: "Энергомера CE102M",
        service: "ELECTRICITY",
        zones: ["ALL_DAY"],
        start: { ALL_DAY: 31562 },
        monthly: { ALL_DAY: 340 },
        installedAt: "2018-11-01",
        nextVerificationDate: "2034-11-01",
        overLimitThreshold: "2000",
      },
      {
        number: "22-118734",
        model: "Бетар СХ-15",
        service: "COLD_WATER",
        zones: ["ALL_DAY"],
        start: { ALL_DAY: 412 },
        monthly: { ALL_DAY: 11 },
        installedAt: "2022-06-15",
        nextVerificationDate: "2028-06-15",
        overLimitThreshold: "40",
        digits: 5,
      },
    ],
    documents: [
      { title: "Договор энергообеспечения", status: "SIGNED", statusText: "Подписан" },
      { title: "Паспорт РФ", status: "PROVIDED", statusText: "Предоставлен" },
      { title: "Право собственности", status: "PROVIDED", statusText: "Предоставлено" },
      { title: "Паспорта приборов учёта", status: "MISSING", statusText: "Не предоставлены" },
    ],
    notices: [
      {
        kind: "DEBT",
        text:
          "У Вас имеется задолженность за два и более месяца по оплате коммунальных услуг по лицевому счету 0720000000. " +
          "Во избежание начисления пени и ограничения (приостановления) предоставления коммунальной услуги просим погасить задолженность в кратчайшие сроки.",
      },
      {
        kind: "COURT_CLAIM_INTENDED",
        text:
          "АО «Газпром энергосбыт Тюмень» уведомляет о намерении обратиться в суд с иском о взыскании задолженности " +
          "по оплате коммунальных услуг, пени и судебных расходов. Чтобы избежать судебного взыскания, погасите задолженность " +
          "или обратитесь в клиентский офис для заключения соглашения о рассрочке.",
      },
    ],
    owner: "debtor",
    months: 12,
    unpaidLastMonths: 3,
    payment: LKK,
  },
];
