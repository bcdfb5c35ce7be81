// Schema evolution (README «API changes»): docs/schema-baseline.graphql is the schema partners
// last got; schema.graphql may differ from it by anything non-breaking (new fields, types,
// deprecations), but every breaking change since the baseline — a removed field, a narrowed
// type, a new required argument — must be announced in the «Unreleased» section of
// docs/api-changelog.md, naming its path in backticks (`Query.news`). `npm run schema:baseline`
// refreshes the baseline and dates that section (schema-baseline.ts).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CriticalityLevel, diff, type Change } from "@graphql-inspector/core";
import { buildSchema } from "graphql";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const BASELINE_FILE = path.join(ROOT, "docs/schema-baseline.graphql");
export const CHANGELOG_FILE = path.join(ROOT, "docs/api-changelog.md");
export const CURRENT_SCHEMA_FILE = path.join(ROOT, "schema.graphql");

export const UNRELEASED_HEADING = "## Unreleased";

export interface EvolutionCheck {
  /** Breaking changes from the baseline to the current schema. */
  breaking: Change[];
  /** Those the changelog's «Unreleased» section does not name: the check fails when any. */
  unlisted: Change[];
}

/** The text of the changelog's «Unreleased» section (up to the next `## ` heading), "" when absent. */
export function unreleasedSection(changelog: string): string {
  const start = changelog.indexOf(`\n${UNRELEASED_HEADING}\n`);
  if (start < 0) return "";
  const body = changelog.slice(start + UNRELEASED_HEADING.length + 2);
  const next = body.search(/^## /m);
  return next < 0 ? body : body.slice(0, next);
}

/** What a changelog entry must contain for the change: its path in backticks (or its message when it has none). */
export function changeKey(change: Change): string {
  return change.path ? `\`${change.path}\`` : change.message;
}

/** A ready-to-paste changelog line for a breaking change. */
export function changelogLine(change: Change): string {
  return `- ${changeKey(change)} — ${change.message}. <!-- why, and what to use instead -->`;
}

export async function checkSchemaEvolution(input: { baseline: string; current: string; changelog: string }): Promise<EvolutionCheck> {
  const changes = await diff(buildSchema(input.baseline), buildSchema(input.current));
  const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
  const announced = unreleasedSection(input.changelog);
  return { breaking, unlisted: breaking.filter((c) => !announced.includes(changeKey(c))) };
}

export function readEvolutionInputs(): { baseline: string; current: string; changelog: string } {
  return {
    baseline: fs.readFileSync(BASELINE_FILE, "utf8"),
    current: fs.readFileSync(CURRENT_SCHEMA_FILE, "utf8"),
    changelog: fs.readFileSync(CHANGELOG_FILE, "utf8"),
  };
}
