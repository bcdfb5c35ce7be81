// `npm run legacy:import -- users.csv [--json]`: imports the previous portal's customers (manual,
// section 3) from the CSV of docs/legacy-users.md — see identity/legacy-import.ts for the rules.
// Prints one line per row (imported / updated / unchanged / skipped, with the reasons) and the
// totals; `--json` prints the report as JSON instead. Safe to run again: the same file changes
// nothing the second time. Exit codes: 0 the file was processed (skipped rows included), 1 the
// file cannot be read as the documented CSV (nothing imported), 2 usage.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { loadConfig } from "../../config.js";
import { importLegacyUsers, LegacyFileError, type LegacyOutcome } from "../../domains/identity/legacy-import.js";
import { openDatabase } from "../client.js";
import { applyMigrations } from "../migrate.js";

const USAGE = "usage: npm run legacy:import -- <users.csv> [--json]   (format: docs/legacy-users.md)";
let parsed;
try {
  parsed = parseArgs({ options: { json: { type: "boolean" } }, allowPositionals: true, strict: true });
} catch (err) {
  console.error(`${(err as Error).message}\n${USAGE}`);
  process.exit(2);
}
const [file] = parsed.positionals;
if (!file || parsed.positionals.length > 1) {
  console.error(USAGE);
  process.exit(2);
}
let csv: Buffer;
try {
  csv = fs.readFileSync(file);
} catch (err) {
  console.error(`Не удалось прочитать ${file}: ${(err as Error).message}`);
  process.exit(1);
}

const LABEL: Record<LegacyOutcome, string> = { imported: "импортирован", updated: "обновлён", unchanged: "без изменений", skipped: "пропущен" };
const config = loadConfig();
const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
let code = 0;
try {
  await applyMigrations(db.sql);
  const report = await importLegacyUsers(db.prisma, csv, new Date());
  if (parsed.values.json) console.log(JSON.stringify(report, null, 2));
  else {
    for (const r of report.rows) console.log(`строка ${r.line}\t${r.login || "—"}\t${LABEL[r.outcome]}${r.reasons.length ? `: ${r.reasons.join("; ")}` : ""}`);
    const c = report.counts;
    console.log(`Итого: импортировано ${c.imported}, обновлено ${c.updated}, без изменений ${c.unchanged}, пропущено ${c.skipped}.`);
  }
} catch (err) {
  if (!(err instanceof LegacyFileError)) throw err;
  console.error(`${file}: ${err.message}`);
  code = 1;
} finally {
  await db.close();
}
process.exit(code);
