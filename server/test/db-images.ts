// PGlite test databases start from a data-folder image made once per key (PGlite version +
// db-key.ts) and kept in node_modules/.cache/kabinet-test-db: loading one takes under a second,
// migrating an empty database several. Test files run in parallel processes, so one builds an
// image while the others wait on its lock file; it is written to a temporary name and renamed,
// so a reader never sees half an image and a crashed build leaves nothing that is loaded.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { openDatabase } from "../db/client.js";
import { PROJECT_ROOT } from "../shared/project-root.js";
import { databaseKey, fillDatabase, type DbVariant } from "./db-key.js";

export const IMAGE_DIR = path.join(PROJECT_ROOT, "node_modules", ".cache", "kabinet-test-db");
const PGLITE_VERSION = (
  JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, "node_modules", "@electric-sql", "pglite", "package.json"), "utf8")) as { version: string }
).version;
/** A lock older than this belongs to a build that died (a build takes seconds). */
const STALE_LOCK_MS = 120_000;

const loaded = new Map<DbVariant, Promise<Blob>>();

/** The image of `variant`, built first if this key has none yet. */
export function pgliteImage(variant: DbVariant): Promise<Blob> {
  let image = loaded.get(variant);
  if (!image) {
    image = loadOrBuild(variant);
    image.catch(() => loaded.delete(variant));
    loaded.set(variant, image);
  }
  return image;
}

async function loadOrBuild(variant: DbVariant): Promise<Blob> {
  const prefix = `pglite-${PGLITE_VERSION}-${variant}-`;
  const file = path.join(IMAGE_DIR, `${prefix}${databaseKey(variant)}.tar`);
  fs.mkdirSync(IMAGE_DIR, { recursive: true });
  const lock = `${file}.lock`;
  for (;;) {
    if (fs.existsSync(file)) return new Blob([fs.readFileSync(file)]);
    let fd: number;
    try {
      fd = fs.openSync(lock, "wx");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      if (Date.now() - lockTime(lock) > STALE_LOCK_MS) fs.rmSync(lock, { force: true });
      else await sleep(100);
      continue;
    }
    try {
      if (fs.existsSync(file)) continue; // built while this one waited
      const image = await build(variant);
      const tmp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
      fs.writeFileSync(tmp, Buffer.from(await image.arrayBuffer()));
      fs.renameSync(tmp, file);
      removeOtherKeys(prefix, path.basename(file));
      return image;
    } finally {
      fs.closeSync(fd);
      fs.rmSync(lock, { force: true });
    }
  }
}

async function build(variant: DbVariant): Promise<Blob> {
  const db = await openDatabase({ dataDir: "memory://" });
  try {
    await fillDatabase(db, variant);
    return await db.dumpDataDir!();
  } finally {
    await db.close();
  }
}

function lockTime(lock: string): number {
  try {
    return fs.statSync(lock).mtimeMs;
  } catch {
    return Date.now(); // gone meanwhile: try again at once
  }
}

/** Images of this variant under older keys (other migrations, seed, PGlite) and leftover temporary files. */
function removeOtherKeys(prefix: string, keep: string): void {
  for (const name of fs.readdirSync(IMAGE_DIR)) {
    if (name === keep || !name.startsWith(prefix)) continue;
    if (name.endsWith(".lock")) continue;
    if (name.endsWith(".tmp") && Date.now() - lockTime(path.join(IMAGE_DIR, name)) < STALE_LOCK_MS) continue;
    fs.rmSync(path.join(IMAGE_DIR, name), { force: true });
  }
}
