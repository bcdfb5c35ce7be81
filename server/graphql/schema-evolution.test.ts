import { describe, expect, it } from "vitest";
import { checkSchemaEvolution, readEvolutionInputs } from "./schema-evolution.js";

const BASELINE = /* GraphQL */ `
  type Query {
    news(first: Int): [NewsItem!]!
    viewer: Viewer
  }
  type NewsItem {
    id: ID!
    title: String!
    url: String
  }
  type Viewer {
    id: ID!
  }
`;
const CHANGELOG = "# API changelog\n\nThe rule…\n\n## Unreleased\n\n## 2026-01-01\n\n- `NewsItem.url` — removed long ago.\n";
const withUnreleased = (entry: string) => CHANGELOG.replace("## Unreleased\n", `## Unreleased\n\n${entry}\n`);

describe("schema evolution against the baseline (docs/schema-baseline.graphql)", () => {
  it("the committed schema.graphql has no breaking change missing from docs/api-changelog.md", async () => {
    const { unlisted } = await checkSchemaEvolution(readEvolutionInputs());
    const missing = unlisted.map((c) => `${c.path ?? ""}: ${c.message}`);
    expect(missing, "announce these under «## Unreleased» in docs/api-changelog.md (or `npm run schema:baseline -- --add-entries`)").toEqual([]);
  });

  it("fails on a removed field", async () => {
    const current = BASELINE.replace("    title: String!\n", "");
    const result = await checkSchemaEvolution({ baseline: BASELINE, current, changelog: CHANGELOG });
    expect(result.unlisted.map((c) => c.path)).toEqual(["NewsItem.title"]);
  });

  it("passes when the field is deprecated instead, with its reason", async () => {
    const current = BASELINE.replace("title: String!", 'title: String! @deprecated(reason: "Use `headline`.")\n    headline: String!');
    const result = await checkSchemaEvolution({ baseline: BASELINE, current, changelog: CHANGELOG });
    expect(result.breaking).toEqual([]);
    expect(result.unlisted).toEqual([]);
  });

  it("passes on a removed field announced under «Unreleased» by its path", async () => {
    const current = BASELINE.replace("    title: String!\n", "");
    const result = await checkSchemaEvolution({ baseline: BASELINE, current, changelog: withUnreleased("- `NewsItem.title` — removed; use `headline`.") });
    expect(result.breaking).toHaveLength(1);
    expect(result.unlisted).toEqual([]);
  });

  it("an entry in an already released section does not cover a new breaking change", async () => {
    const current = BASELINE.replace("    url: String\n", "");
    const result = await checkSchemaEvolution({ baseline: BASELINE, current, changelog: CHANGELOG });
    expect(result.unlisted.map((c) => c.path)).toEqual(["NewsItem.url"]);
  });

  it("other breaking changes are caught too: a changed type, a new required argument, a removed type", async () => {
    const current = BASELINE.replace("news(first: Int): [NewsItem!]!", "news(first: Int!, after: String!): [NewsItem!]")
      .replace("viewer: Viewer", "viewer: ID")
      .replace(/type Viewer \{[^}]*\}/, "");
    const result = await checkSchemaEvolution({ baseline: BASELINE, current, changelog: withUnreleased("- `Query.news` — paginated.") });
    expect(result.unlisted.map((c) => c.path).sort()).toEqual(["Query.news.after", "Query.news.first", "Query.viewer", "Viewer"]);
  });
});
