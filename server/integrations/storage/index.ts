// Picks the storage adapter from config. Deps may carry one (main.ts, tests); code paths given
// deps without one fall back to the configured adapter, created once per config.
import type { Config } from "../../config.js";
import { createLocalStorage } from "./local.js";
import type { FileStorage } from "./port.js";
import { createS3Storage } from "./s3.js";

export type { FileStorage, StoredObject } from "./port.js";
export { createLocalStorage } from "./local.js";
export { createS3Storage } from "./s3.js";

export function createStorage(config: Pick<Config, "storage">): FileStorage {
  return config.storage.driver === "s3" ? createS3Storage(config.storage.s3) : createLocalStorage(config.storage.dir);
}

const fallback = new WeakMap<object, FileStorage>();

export function storageOf(deps: { storage?: FileStorage; config: Config }): FileStorage {
  if (deps.storage) return deps.storage;
  let s = fallback.get(deps.config);
  if (!s) fallback.set(deps.config, (s = createStorage(deps.config)));
  return s;
}
