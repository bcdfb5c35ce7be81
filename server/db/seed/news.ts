// «Новости компании» of figure 9. The url is the natural key: an item is added once.
import type { Prisma, PrismaClient } from "../generated/prisma/client.js";

type Tx = Prisma.TransactionClient | PrismaClient;

// Times are noon-ish on the retailer's clock (UTC+5), ordered as the figure lists them.
export const NEWS: Prisma.NewsCreateManyInput[] = [
  {
    title: "АО «Газпром энергосбыт Тюмень» принимает на прямое энергосбытовое обслуживание пять домов в Нягани",
    url: "https://gesbt.ru/press-center/news/nyagan-pryamoe-obsluzhivanie-pyati-domov/",
    body:
      "С 1 октября 2022 года жители пяти многоквартирных домов Нягани будут оплачивать электроэнергию напрямую гарантирующему поставщику. " +
      "Лицевые счета уже открыты, передать показания и оплатить услуги можно в личном кабинете клиента.",
    publishedAt: new Date("2022-09-15T07:30:00.000Z"),
  },
  {
    title: "Энергетики поздравили с днем рождения ветерана Великой Отечественной войны Николая Шпагина из поселка Пурпе",
    url: "https://gesbt.ru/press-center/news/veteran-nikolay-shpagin-purpe/",
    body: "Сотрудники Тарко-Салинского отделения поздравили Николая Шпагина с днем рождения и вручили ему памятные подарки.",
    publishedAt: new Date("2022-09-15T05:00:00.000Z"),
  },
  {
    title: "Коллектив АО «Газпром энергосбыт Тюмень» успешно прошел первые испытания ГТО",
    url: "https://gesbt.ru/press-center/news/kollektiv-uspeshno-proshel-ispytaniya-gto/",
    body: "Более сорока сотрудников компании сдали нормативы комплекса «Готов к труду и обороне» в Сургуте и Тюмени.",
    publishedAt: new Date("2022-09-13T06:00:00.000Z"),
  },
  {
    title: "Внимание жителей города Югорска!",
    url: "https://gesbt.ru/press-center/news/vnimanie-zhiteley-yugorska/",
    body: "В связи с плановыми работами клиентский офис в Югорске 14 сентября будет работать до 13:00.",
    publishedAt: new Date("2022-09-12T06:00:00.000Z"),
  },
];

export async function seedNews(prisma: Tx, createdById?: number): Promise<number> {
  const urls = NEWS.map((n) => n.url!);
  const existing = new Set((await prisma.news.findMany({ where: { url: { in: urls } }, select: { url: true } })).map((n) => n.url));
  const missing = NEWS.filter((n) => !existing.has(n.url!)).map((n) => ({ ...n, published: true, createdById }));
  return (await prisma.news.createMany({ data: missing })).count;
}
