import type { CodegenConfig } from "@graphql-codegen/cli";
import { addTypenameSelectionDocumentTransform } from "@graphql-codegen/client-preset";

// Types the web client's GraphQL documents against the server's printed schema.
// Run: npx graphql-codegen --config codegen.ts  (output: client/src/gql/)
const config: CodegenConfig = {
  schema: "./schema.graphql",
  documents: ["client/src/**/*.{ts,tsx}", "!client/src/gql/**"],
  ignoreNoDocuments: true,
  generates: {
    "client/src/gql/": {
      preset: "client",
      // urql's document cache invalidates the queries that hold a mutation result's __typename:
      // with persisted documents the server runs the stored text, so __typename must be in it.
      documentTransforms: [addTypenameSelectionDocumentTransform],
      presetConfig: {
        // Fragments stay unmasked: components read fragment fields straight from query data.
        fragmentMasking: false,
        // persisted-documents.json (hash → document): the server runs these by hash, and in
        // production they are all the web client may run (server/graphql/persisted-operations.ts).
        // Each document keeps its text and carries `__meta__.hash`, which the client sends.
        persistedDocuments: { mode: "embedHashInDocument", hashAlgorithm: "sha256" },
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: {
          DateTime: "string",
          Date: "string",
          Period: "string",
          Money: "string",
          Decimal: "string",
          Upload: "File",
        },
      },
    },
  },
};

export default config;
