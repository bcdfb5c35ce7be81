// Suppliers, services, tariffs, consumption norms and the client office. Rows are only ever
// added when missing (never overwritten): once seeded, catalogs belong to the admins.
import { Prisma, type NormBasis, type PrismaClient, type Resource, type SupplierKind, type TariffZone, type VatRate } from "../generated/prisma/client.js";
import { dateValue } from "../../shared/calendar.js";

type Tx = Prisma.TransactionClient | PrismaClient;

export const SUPPLIERS: Prisma.SupplierCreateManyInput[] = [
  {
    code: "GESBT",
    name: "АО «Газпром энергосбыт Тюмень»",
    kind: "RETAILER" satisfies SupplierKind,
    inn: "8602067215",
    kpp: "860201001",
    bankName: "Банк ГПБ (АО)",
    bik: "044525823",
    bankAccount: "40702810400000012743",
    corrAccount: "30101810200000000823",
    address: "628412, ХМАО-Югра, г. Сургут, ул. Университетская, д. 4",
    phone: "8-800-250-70-07",
  },
  {
    code: "YUGANSKVODOKANAL",
    name: "АО «Юганскводоканал»",
    kind: "SEPARATE",
    inn: "8604035473",
    kpp: "860401001",
    bankName: "Западно-Сибирское отделение № 8647 ПАО Сбербанк",
    bik: "047102651",
    bankAccount: "40702810267170101562",
    corrAccount: "30101810800000000651",
    address: "628309, ХМАО-Югра, г. Нефтеюганск, ул. Объездная, д. 8",
    phone: "8 (3463) 23-21-85",
  },
  {
    code: "UGRA_ECOLOGY",
    name: "АО «Югра-Экология»",
    kind: "WASTE_OPERATOR",
    inn: "8601067011",
    kpp: "860101001",
    bankName: "Банк ВТБ (ПАО)",
    bik: "044525411",
    bankAccount: "40702810702930004172",
    corrAccount: "30101810145250000411",
    address: "628012, ХМАО-Югра, г. Ханты-Мансийск, ул. Рознина, д. 39",
    phone: "8-800-222-86-22",
  },
  {
    code: "UGRA_CAPITAL_REPAIR",
    name: "Югорский фонд капитального ремонта",
    kind: "CAPITAL_REPAIR",
    inn: "8601999247",
    kpp: "860101001",
    bankName: "Западно-Сибирское отделение № 8647 ПАО Сбербанк",
    bik: "047102651",
    bankAccount: "40604810967170000214",
    corrAccount: "30101810800000000651",
    address: "628011, ХМАО-Югра, г. Ханты-Мансийск, ул. Мира, д. 5",
    phone: "8-800-100-93-86",
  },
];

interface ServiceDef {
  code: string;
  name: string;
  resource: Resource;
  unit: string;
  normBasis: NormBasis;
  supplier: string;
  sortOrder: number;
  /** The retailer's data: its utilities at the general rate; capital repair is not subject to VAT. */
  vatRate: VatRate;
}

export const SERVICES: ServiceDef[] = [
  {
    code: "ELECTRICITY",
    name: "Электроэнергия",
    resource: "ELECTRICITY",
    unit: "кВт.ч",
    normBasis: "PER_RESIDENT",
    supplier: "GESBT",
    sortOrder: 10,
    vatRate: "VAT22",
  },
  {
    code: "COLD_WATER",
    name: "Холодное водоснабжение",
    resource: "COLD_WATER",
    unit: "м³",
    normBasis: "PER_RESIDENT",
    supplier: "GESBT",
    sortOrder: 20,
    vatRate: "VAT22",
  },
  {
    code: "WASTEWATER",
    name: "Водоотведение ХВС",
    resource: "WASTEWATER",
    unit: "м³",
    normBasis: "PER_RESIDENT",
    supplier: "GESBT",
    sortOrder: 30,
    vatRate: "VAT22",
  },
  {
    code: "SOLID_WASTE",
    name: "Обращение с ТКО",
    resource: "SOLID_WASTE",
    unit: "чел.",
    normBasis: "PER_RESIDENT",
    supplier: "UGRA_ECOLOGY",
    sortOrder: 40,
    vatRate: "VAT22",
  },
  {
    code: "CAPITAL_REPAIR",
    name: "Взнос на капитальный ремонт",
    resource: "CAPITAL_REPAIR",
    unit: "м²",
    normBasis: "PER_AREA",
    supplier: "UGRA_CAPITAL_REPAIR",
    sortOrder: 50,
    vatRate: "NONE",
  },
];

export const TARIFFS_FROM = "2025-07-01";

/** Rates in rubles per unit of the service, valid from TARIFFS_FROM with no end. */
export const TARIFFS: { service: string; zone: TariffZone; rate: string }[] = [
  { service: "ELECTRICITY", zone: "DAY", rate: "2.25" },
  { service: "ELECTRICITY", zone: "NIGHT", rate: "1.1" },
  { service: "ELECTRICITY", zone: "ALL_DAY", rate: "1.87" },
  { service: "COLD_WATER", zone: "ALL_DAY", rate: "48.86" },
  { service: "WASTEWATER", zone: "ALL_DAY", rate: "58.92" },
  { service: "SOLID_WASTE", zone: "ALL_DAY", rate: "137.52" }, // р./чел. в месяц
  { service: "CAPITAL_REPAIR", zone: "ALL_DAY", rate: "19.13" }, // р./м² в месяц
];

export const NORMS_FROM = "2017-06-01";

/**
 * Electricity norm, кВт.ч per resident per month, for flats with an electric stove by rooms
 * (4 = four or more) and residents (5 = five or more). Gas stoves use about 78 % of it.
 */
const ELECTRIC_STOVE_NORMS: Record<number, number[]> = {
  1: [171, 106, 82, 67, 58],
  2: [201, 124, 96, 78, 68],
  3: [219, 136, 105, 85, 74],
  4: [233, 144, 112, 91, 79],
};

export function normRows(serviceId: (code: string) => number): Prisma.ConsumptionNormCreateManyInput[] {
  const validFrom = dateValue(NORMS_FROM);
  const rows: Prisma.ConsumptionNormCreateManyInput[] = [];
  for (const [rooms, byResidents] of Object.entries(ELECTRIC_STOVE_NORMS)) {
    byResidents.forEach((value, i) => {
      for (const [stoveType, factor] of [
        ["Электрическая", 1],
        ["Газовая", 0.78],
      ] as const) {
        rows.push({
          serviceId: serviceId("ELECTRICITY"),
          value: String(Math.round(value * factor)),
          rooms: Number(rooms),
          residents: i + 1,
          stoveType,
          validFrom,
        });
      }
    });
  }
  // Water: м³ per resident per month (flats with cold water and sewerage, no hot water supply).
  rows.push({ serviceId: serviceId("COLD_WATER"), value: "4.81", validFrom });
  rows.push({ serviceId: serviceId("WASTEWATER"), value: "4.81", validFrom });
  // ТКО is billed per resident; the capital repair contribution per m² of total area.
  rows.push({ serviceId: serviceId("SOLID_WASTE"), value: "1", validFrom });
  rows.push({ serviceId: serviceId("CAPITAL_REPAIR"), value: "1", validFrom });
  return rows;
}

export const CLIENT_OFFICE = {
  name: "Клиентский офис в г. Нефтеюганске",
  address: "628301, ХМАО-Югра, г. Нефтеюганск, 5 мкр., д. 49, 1 этаж",
  phone: "8 (3463) 51-63-10",
  hours: "пн–пт 8:00–19:00, сб 9:00–14:00",
  url: "https://gesbt.ru/contacts/offices/",
};

/** Service with its supplier, tariffs and norms as stored (the seed computes charges from these). */
export type CatalogService = Prisma.ServiceGetPayload<{ include: { supplier: true; tariffs: true; norms: true } }>;

export interface Catalog {
  services: Map<string, CatalogService>;
  officeId: number;
  inserted: number;
}

export async function seedCatalog(prisma: Tx): Promise<Catalog> {
  let inserted = (await prisma.supplier.createMany({ data: SUPPLIERS, skipDuplicates: true })).count;

  const suppliers = new Map((await prisma.supplier.findMany()).map((s) => [s.code, s.id]));
  inserted += (
    await prisma.service.createMany({
      data: SERVICES.map(({ supplier, ...s }) => ({ ...s, supplierId: suppliers.get(supplier)! })),
      skipDuplicates: true,
    })
  ).count;

  // Tariffs and norms have no natural key: add them only to services that have none yet.
  const existing = await prisma.service.findMany({
    where: { code: { in: SERVICES.map((s) => s.code) } },
    select: { id: true, code: true, _count: { select: { tariffs: true, norms: true } } },
  });
  const byCode = new Map(existing.map((s) => [s.code, s]));
  const idOf = (code: string) => byCode.get(code)!.id;
  const tariffs = TARIFFS.filter((t) => byCode.get(t.service)!._count.tariffs === 0).map((t) => ({
    serviceId: idOf(t.service),
    zone: t.zone,
    rate: t.rate,
    validFrom: dateValue(TARIFFS_FROM),
  }));
  inserted += (await prisma.tariff.createMany({ data: tariffs })).count;
  const norms = normRows(idOf).filter((n) => {
    const code = existing.find((s) => s.id === n.serviceId)!.code;
    return byCode.get(code)!._count.norms === 0;
  });
  inserted += (await prisma.consumptionNorm.createMany({ data: norms })).count;

  let office = await prisma.clientOffice.findFirst({ where: { address: CLIENT_OFFICE.address } });
  if (!office) {
    office = await prisma.clientOffice.create({ data: CLIENT_OFFICE });
    inserted += 1;
  }

  return { services: await loadServices(prisma), officeId: office.id, inserted };
}

export async function loadServices(prisma: Tx): Promise<Map<string, CatalogService>> {
  const rows = await prisma.service.findMany({ include: { supplier: true, tariffs: true, norms: true } });
  return new Map(rows.map((s) => [s.code, s]));
}

/** The tariff of a zone valid in `period`; before the first tariff, the earliest one. */
export function tariffAt(service: CatalogService, zone: TariffZone, period: Date): Prisma.Decimal {
  const candidates = service.tariffs.filter((t) => t.zone === zone).sort((a, b) => b.validFrom.getTime() - a.validFrom.getTime());
  const valid = candidates.find((t) => t.validFrom <= period && (!t.validTo || t.validTo >= period));
  const chosen = valid ?? candidates[candidates.length - 1];
  if (!chosen) throw new Error(`No ${zone} tariff for service ${service.code}`);
  return chosen.rate;
}

/** The norm matching the object (rooms capped at 4, residents at 5), valid in `period`. */
export function normAt(service: CatalogService, object: { rooms: number | null; residents: number; stoveType: string | null }, period: Date): Prisma.Decimal {
  const fits = service.norms.filter(
    (n) =>
      (n.rooms === null || n.rooms === Math.min(object.rooms ?? 1, 4)) &&
      (n.residents === null || n.residents === Math.min(object.residents, 5)) &&
      (n.stoveType === null || n.stoveType === object.stoveType) &&
      n.validFrom <= period &&
      (!n.validTo || n.validTo >= period),
  );
  const chosen = fits.sort((a, b) => b.validFrom.getTime() - a.validFrom.getTime())[0];
  if (!chosen) throw new Error(`No norm for service ${service.code}`);
  return chosen.value;
}
