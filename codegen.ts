import type { CodegenConfig } from "@graphql-codegen/cli";

// Types the web client's GraphQL documents against the server's printed schema.
// Run: npx graphql-codegen --config codegen.ts  (output: client/src/gql/)
const config: CodegenConfig = {
  schema: "./schema.graphql",
  documents: ["client/src/**/*.{ts,tsx}", "!client/src/gql/**"],
  ignoreNoDocuments: true,
  generates: {
    "client/src/gql/": {
      preset: "client",
      // Fragments stay unmasked: components read fragment fields straight from query data.
      presetConfig: { fragmentMasking: false },
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
