// Where the API reference is built (server/api-docs/build.mjs) and what it is built from (build-freshness.mjs).
export const API_DOCS_DIR = "dist/docs";
export const API_DOCS_SOURCES = ["schema.graphql", "docs/api"];
