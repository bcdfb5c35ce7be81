// `npm run schema:baseline`: makes schema.graphql the new baseline (docs/schema-baseline.graphql)
// at a release. Refused while a breaking change since the old baseline is not announced in the
// changelog's «Unreleased» section — the missing lines are printed, ready to paste; with
// `-- --add-entries` they are added as drafts (edit the reasons). The «Unreleased» entries then
// move under today's date and an empty «Unreleased» starts.
import fs from "node:fs";
import {
  BASELINE_FILE,
  CHANGELOG_FILE,
  changelogLine,
  checkSchemaEvolution,
  readEvolutionInputs,
  UNRELEASED_HEADING,
  unreleasedSection,
} from "./schema-evolution.js";

const inputs = readEvolutionInputs();
let changelog = inputs.changelog;
if (!changelog.includes(`\n${UNRELEASED_HEADING}\n`)) {
  console.error(`docs/api-changelog.md has no "${UNRELEASED_HEADING}" heading`);
  process.exit(1);
}
const { breaking, unlisted } = await checkSchemaEvolution(inputs);
if (unlisted.length) {
  const lines = unlisted.map(changelogLine).join("\n");
  if (!process.argv.includes("--add-entries")) {
    console.error(`${unlisted.length} breaking change(s) are not in docs/api-changelog.md under "${UNRELEASED_HEADING}":\n${lines}\n`);
    console.error("Add them (with why and what to use instead), or run `npm run schema:baseline -- --add-entries` and edit the drafts.");
    process.exit(1);
  }
  const at = changelog.indexOf(`\n${UNRELEASED_HEADING}\n`) + UNRELEASED_HEADING.length + 2;
  const section = unreleasedSection(changelog);
  changelog = `${changelog.slice(0, at)}${section.trimEnd() ? `${section.trimEnd()}\n` : "\n"}${lines}\n\n${changelog.slice(at + section.length)}`;
  console.log(`added ${unlisted.length} draft entr${unlisted.length === 1 ? "y" : "ies"} to docs/api-changelog.md: write why and what to use instead`);
}

// What was «Unreleased» is released with this baseline.
if (unreleasedSection(changelog).trim()) {
  const today = new Date().toISOString().slice(0, 10);
  changelog = changelog.replace(`\n${UNRELEASED_HEADING}\n`, `\n${UNRELEASED_HEADING}\n\n## ${today}\n`);
}
fs.writeFileSync(CHANGELOG_FILE, changelog);
fs.writeFileSync(BASELINE_FILE, inputs.current);
console.log(`docs/schema-baseline.graphql is schema.graphql (${breaking.length} breaking change(s) since the previous baseline, all in the changelog)`);
