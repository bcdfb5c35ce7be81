// The one check of every field's arguments before they are mapped or reach a resolver:
// - a global ID that is malformed, out of range or of the wrong type is "not found": a NOT_FOUND
//   userError in a mutation payload, null from `node` (and that slot of `nodes`), otherwise a
//   BAD_USER_INPUT error carrying the userError;
// - a text (String input; not an upload's file name, which sanitizeFileName cleans) with NUL, another control character but \t \n \r,
//   a lone surrogate or a noncharacter is refused the same way with INVALID_TEXT on the field.
// It is a Pothos plugin hook (wrapArgMappers) so it sees the raw arguments with their schema
// types and names the offending field's path.
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from "@pothos/core";
import {
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  getNamedType,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from "graphql";
import { problem, UserFacingError, type UserErrorData } from "../shared/errors.js";
import { parseGlobalId } from "./global-id.js";

// C0/C1 controls but tab, LF, CR; lone surrogates (\p{Cs} in a /u pattern matches only unpaired
// ones); noncharacters (U+FDD0–FDEF, U+xFFFE/xFFFF).
const BAD_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\p{Cs}|\p{Noncharacter_Code_Point}/u;

export function isCleanText(s: string): boolean {
  return !BAD_CHARS.test(s);
}

interface GlobalIdFor {
  typename: string;
}

type Problem = UserErrorData & { kind: "id" | "text" };

/** A well-formed global ID of one of the field's types (of any Node type when it names none). */
function idOk(value: unknown, forTypes: GlobalIdFor[] | null | undefined, schema: GraphQLSchema): boolean {
  const g = parseGlobalId(value);
  if (!g) return false;
  if (forTypes?.length) return forTypes.some((t) => t.typename === g.typename);
  const type = schema.getType(g.typename);
  return type instanceof GraphQLObjectType && type.getInterfaces().some((i) => i.name === "Node");
}

function check(type: GraphQLInputType, value: unknown, path: string[], ext: Record<string, unknown> | undefined, schema: GraphQLSchema): Problem | null {
  if (value == null) return null;
  if (type instanceof GraphQLNonNull) return check(type.ofType, value, path, ext, schema);
  if (type instanceof GraphQLList) {
    const items = Array.isArray(value) ? value : [value];
    for (let i = 0; i < items.length; i++) {
      const p = check(type.ofType, items[i], [...path, String(i)], ext, schema);
      if (p) return p;
    }
    return null;
  }
  if (ext?.isRelayGlobalID) {
    const ok = idOk(value, ext.relayGlobalIDFor as GlobalIdFor[] | null, schema);
    return ok ? null : { kind: "id", ...problem("NOT_FOUND", path) };
  }
  if (type instanceof GraphQLInputObjectType) {
    const fields = type.getFields();
    for (const [name, v] of Object.entries(value as Record<string, unknown>)) {
      const f = fields[name];
      const p = f && check(f.type, v, [...path, name], f.extensions as Record<string, unknown>, schema);
      if (p) return p;
    }
    return null;
  }
  if (type instanceof GraphQLScalarType) {
    const text = typeof value === "string" ? value : null;
    if (text !== null && !isCleanText(text)) return { kind: "text", ...problem("INVALID_TEXT", path) };
  }
  return null;
}

function firstProblem(args: Record<string, unknown>, info: GraphQLResolveInfo): Problem | null {
  const field = info.parentType.getFields()[info.fieldName];
  for (const a of field?.args ?? []) {
    const p = check(a.type, args[a.name], [a.name], a.extensions as Record<string, unknown>, info.schema);
    if (p) return p;
  }
  return null;
}

const hasUserErrors = (info: GraphQLResolveInfo) => {
  const t = getNamedType(info.returnType);
  return t instanceof GraphQLObjectType && "userErrors" in t.getFields();
};

function guard(resolver: GraphQLFieldResolver<unknown, unknown>, isNodes: boolean): GraphQLFieldResolver<unknown, unknown> {
  return (parent, args: Record<string, unknown>, ctx, info) => {
    if (isNodes && Array.isArray(args.ids)) return resolveNodes(resolver, parent, args, ctx, info);
    const problem = firstProblem(args, info);
    if (!problem) return resolver(parent, args, ctx, info);
    const { kind: _kind, ...data } = problem;
    if (info.parentType === info.schema.getQueryType() && info.fieldName === "node" && problem.kind === "id") return null;
    if (info.operation.operation === "mutation" && info.parentType === info.schema.getMutationType() && hasUserErrors(info)) {
      return { userErrors: [data] };
    }
    throw new UserFacingError(data);
  };
}

/** `nodes(ids:)`: each unreadable id is a null slot; the others load as usual. */
async function resolveNodes(
  resolver: GraphQLFieldResolver<unknown, unknown>,
  parent: unknown,
  args: Record<string, unknown>,
  ctx: unknown,
  info: GraphQLResolveInfo,
) {
  const ids = args.ids as unknown[];
  const ok = ids.map((id) => idOk(id, null, info.schema));
  const good = ids.filter((_, i) => ok[i]);
  const loaded = good.length ? ((await resolver(parent, { ...args, ids: good }, ctx, info)) as unknown[]) : [];
  let next = 0;
  return ok.map((yes) => (yes ? loaded[next++] : null));
}

export class InputGuardPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapArgMappers(resolver: GraphQLFieldResolver<unknown, Types["Context"], object>, fieldConfig: PothosOutputFieldConfig<Types>) {
    if (Object.keys(fieldConfig.args).length === 0) return resolver;
    const isNodes = fieldConfig.parentType === "Query" && fieldConfig.name === "nodes";
    return guard(resolver as GraphQLFieldResolver<unknown, unknown>, isNodes) as typeof resolver;
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      inputGuard: InputGuardPlugin<Types>;
    }
  }
}

const pluginName = "inputGuard" as const;
SchemaBuilder.registerPlugin(pluginName, InputGuardPlugin);
export default pluginName;
