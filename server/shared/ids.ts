// Row ids are PostgreSQL `integer` columns (Prisma Int): a larger number can name no row, and
// handing it to the database is an error, not a miss.
export const MAX_INT_ID = 2_147_483_647;
