// The outside services some suites need, each enabled by its URL variable. Suites needing one
// are declared with describeNeeding() (needs.ts): skipped and tagged when its URL is not set,
// so the run summary (run-summary-reporter.ts) can say what was skipped and how to run it.
export const TEST_SERVICES = {
  postgres: { label: "PostgreSQL", env: "TEST_DATABASE_URL", example: "postgresql://postgres@127.0.0.1:5432/postgres" },
  redis: { label: "Redis", env: "REDIS_URL_TEST", example: "redis://127.0.0.1:6379" },
} as const;

export type TestService = keyof typeof TEST_SERVICES;

export const serviceUrl = (s: TestService): string | undefined => process.env[TEST_SERVICES[s].env] || undefined;
