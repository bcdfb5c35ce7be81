// describe() for a suite that needs outside services (services.ts): tagged with them, and
// skipped when one of their URLs is not set. Suites run on every database by testDatabases()
// need nothing: without TEST_DATABASE_URL they run on PGlite only.
import { describe } from "vitest";
import { serviceUrl, type TestService } from "./services.js";

export function describeNeeding(needs: TestService[], name: string, fn: () => void): void {
  const missing = needs.some((s) => !serviceUrl(s));
  (missing ? describe.skip : describe)(name, { tags: needs }, fn);
}
