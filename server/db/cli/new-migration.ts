// `npm run migration:new -- <name>`: writes the SQL for the changes made to
// prisma/schema.prisma since the last migration, offline. "Since" = the schema as committed
// with the newest migration (git), diffed by `prisma migrate diff` (no database needed).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const name = (process.argv[2] ?? "")
  .trim()
  .replace(/[^a-z0-9_]+/gi, "_")
  .toLowerCase();
if (!name) {
  console.error("usage: npm run migration:new -- <name>   (e.g. add_meter_seal_number)");
  process.exit(2);
}

const git = (...args: string[]) => execFileSync("git", args, { encoding: "utf8" }).trim();
const lastMigrationCommit = git("log", "-1", "--format=%H", "--", "prisma/migrations");
if (!lastMigrationCommit) throw new Error("no committed migration found; commit prisma/migrations first");
const before = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kabinet-mig-")), "schema.prisma");
fs.writeFileSync(before, git("show", `${lastMigrationCommit}:prisma/schema.prisma`));

const sql = execFileSync("npx", ["prisma", "migrate", "diff", "--from-schema-datamodel", before, "--to-schema-datamodel", "prisma/schema.prisma", "--script"], {
  encoding: "utf8",
  env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://offline@localhost/offline" },
});
if (!sql.trim() || /^-- This is an empty migration\.\s*$/.test(sql.trim())) {
  console.log("prisma/schema.prisma has no changes since the last migration");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(`wrote ${dir}/migration.sql — review it, then commit it together with schema.prisma`);
