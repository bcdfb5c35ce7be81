// {{apiExample "curl" | "fetch" | "ws" query}}: a runnable example of an operation — curl or
// TypeScript fetch over HTTP, graphql-ws for a subscription — for the operation SpectaQL
// documents. The selection and the variables are made here from schema.graphql (SpectaQL leaves an input object as its
// type name): every required input field, scalars by example, enums by their first value.
// CommonJS: grunt's handlebars requires helpers.
const fs = require("node:fs");
const path = require("node:path");
const { markdown } = require("spectaql/dist/lib/common");
const Handlebars = require("handlebars");
const g = require("graphql");
const { buildSchema, parse, print, validate, typeFromAST, getNamedType, getNullableType } = g;
const { isNonNullType, isListType, isEnumType, isInputObjectType, isScalarType, isLeafType, isObjectType, isInterfaceType, isUnionType } = g;

// SpectaQL runs with the project folder as its working directory (server/api-docs/build.mjs).
let schema;
const schemaOf = () => (schema ??= buildSchema(fs.readFileSync(path.resolve("schema.graphql"), "utf8")));

const SCALARS = { ID: "<global id>", String: "…", Int: 10, Float: 1.5, Boolean: true, Date: "2026-11-24", DateTime: "2026-11-24T10:15:00.000Z", Period: "2026-11", Money: "1500.00", Upload: null };

function example(type, depth) {
  const t = getNullableType(type);
  if (isListType(t)) return [example(t.ofType, depth)];
  if (isEnumType(t)) return t.getValues()[0].value;
  if (isScalarType(t)) return t.name in SCALARS ? SCALARS[t.name] : "…";
  if (isInputObjectType(t)) {
    if (depth > 4) return {};
    const out = {};
    for (const field of Object.values(t.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) out[field.name] = example(field.type, depth + 1);
    }
    return out;
  }
  return null;
}

// The selection: the result's fields two levels deep — leaves, and objects' leaves — skipping
// deprecated fields and fields with required arguments (SpectaQL's own example stops at unnamed
// fragment spreads, which would not run).
function selection(type, depth) {
  const t = getNamedType(type);
  if (isUnionType(t)) return "{ __typename }";
  if (!isObjectType(t) && !isInterfaceType(t)) return "";
  const parts = [];
  for (const f of Object.values(t.getFields())) {
    if (f.deprecationReason || f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    if (isLeafType(getNamedType(f.type))) parts.push(f.name);
    else if (depth < 2) parts.push(`${f.name} ${selection(f.type, depth + 1)}`);
  }
  return `{ ${parts.length ? parts.join(" ") : "__typename"} }`;
}

/** The request body: SpectaQL's operation (name, variables, root field and its arguments) with our selection and variables. */
function body(query) {
  const s = schemaOf();
  const op = parse(String(query)).definitions.find((d) => d.kind === "OperationDefinition");
  const root = op.selectionSet.selections[0];
  const rootType = { query: s.getQueryType(), mutation: s.getMutationType(), subscription: s.getSubscriptionType() }[op.operation];
  const field = rootType.getFields()[root.name.value];
  const vars = op.variableDefinitions?.length ? `(${op.variableDefinitions.map(print).join(", ")})` : "";
  const args = root.arguments?.length ? `(${root.arguments.map(print).join(", ")})` : "";
  const text = `${op.operation} ${op.name ? op.name.value : ""}${vars} { ${root.name.value}${args} ${selection(field.type, 1)} }`.replace(/ +/g, " ");
  const errors = validate(s, parse(text));
  if (errors.length) throw new Error(`apiExample: the example of ${root.name.value} does not validate: ${errors[0].message}`);
  const variables = {};
  for (const v of op.variableDefinitions ?? []) variables[v.variable.name.value] = example(typeFromAST(s, v.type), 0);
  return JSON.stringify({ query: text, ...(Object.keys(variables).length ? { variables } : {}) }, null, 2);
}

const indent = (text, by) => text.split("\n").join(`\n${by}`);

const EXAMPLES = {
  curl: (query) => `curl "$KABINET_URL/graphql" \\
  -H "Content-Type: application/json" \\
  -H "Authorization: Bearer $KABINET_TOKEN" \\
  --data-binary @- <<'JSON'
${body(query)}
JSON`,
  fetch: (query) => `const KABINET_URL = process.env.KABINET_URL ?? "http://localhost:4000";
const res = await fetch(\`\${KABINET_URL}/graphql\`, {
  method: "POST",
  headers: {
    "Content-Type": "application/json",
    Authorization: \`Bearer \${process.env.KABINET_TOKEN}\`, // or "X-Api-Key": a partner key
  },
  body: JSON.stringify(${indent(body(query), "  ")}),
});
const { data, errors } = await res.json();`,
  // (no blank lines: SpectaQL's "predentation" step measures each line's indent)
  ws: (query) => `import { createClient } from "graphql-ws"; // npm i graphql-ws
const client = createClient({
  url: "wss://lk.example.ru/graphql", // the portal's address, wss:// for https://
  connectionParams: () => ({ authorization: \`Bearer \${process.env.KABINET_TOKEN}\` }),
});
for await (const event of client.iterate(${indent(body(query), "")})) {
  console.log(event.data);
}`,
};

const LANGUAGE = { curl: "bash", fetch: "typescript", ws: "typescript" };

module.exports = function apiExample(kind, query) {
  if (!query || !EXAMPLES[kind]) return "";
  return new Handlebars.SafeString(markdown("```" + LANGUAGE[kind] + "\n" + EXAMPLES[kind](query) + "\n```"));
};
