// The cost of the work an operation asks for, next to graphql-armor's structural cost (which
// counts every field flatly): a field declaring `extensions.workCost` costs what it reads —
// months × perMonth for a Period range `from`/`to`, rows × perRow for a page `first`/`last` —
// times the page sizes of the lists around it and once per alias. Over GQL_MAX_COST the
// operation is refused with armor's message before anything runs. It depends on variables, so
// it runs when execution starts (yoga caches validation by document text, variables aside),
// reading `$from`/`$to`/`$first` from the raw variables (over HTTP and graphql-ws alike).
import {
  GraphQLError,
  GraphQLInterfaceType,
  GraphQLObjectType,
  Kind,
  getNamedType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";
import type { Plugin } from "graphql-yoga";

export interface WorkCost {
  /** A `from`/`to` Period range: each month costs this much (bounded at 37 months: the domain refuses more). */
  perMonth?: number;
  /** A connection page (`first`/`last`, default 20, at most 100): each row costs this much. */
  perRow?: number;
}

const DEFAULT_PAGE = 20;
const MAX_PAGE = 100;
const MAX_MONTHS = 37;

type Variables = Record<string, unknown> | undefined;

function argValue(field: FieldNode, name: string, variables: Variables): unknown {
  const arg = field.arguments?.find((a) => a.name.value === name);
  return arg ? literal(arg.value, variables) : undefined;
}

function literal(node: ValueNode, variables: Variables): unknown {
  if (node.kind === Kind.VARIABLE) return variables?.[node.name.value];
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.STRING) return node.value;
  return undefined;
}

const monthIndex = (v: unknown) => {
  const m = typeof v === "string" ? /^(\d{4})-(\d{2})$/.exec(v) : null;
  return m ? Number(m[1]) * 12 + Number(m[2]) - 1 : null;
};

/** Months in the range, inclusive; the most we would read when a bound is missing or malformed. */
function months(field: FieldNode, variables: Variables): number {
  const from = monthIndex(argValue(field, "from", variables));
  const to = monthIndex(argValue(field, "to", variables));
  if (from === null || to === null) return MAX_MONTHS;
  return Math.min(MAX_MONTHS, Math.max(1, to - from + 1));
}

function pageSize(field: FieldNode, variables: Variables): number | null {
  const first = argValue(field, "first", variables) ?? argValue(field, "last", variables);
  if (first === undefined || first === null) return null;
  return typeof first === "number" && Number.isFinite(first) ? Math.min(MAX_PAGE, Math.max(0, first)) : MAX_PAGE;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Variables;
}

function selectionCost(w: Walk, selectionSet: SelectionSetNode, parent: GraphQLOutputType, seen = new Set<string>()): number {
  const variables = w.variables;
  const type = getNamedType(parent);
  if (!(type instanceof GraphQLObjectType || type instanceof GraphQLInterfaceType)) return 0;
  let cost = 0;
  for (const sel of selectionSet.selections) {
    if (sel.kind === Kind.INLINE_FRAGMENT) {
      const on = sel.typeCondition ? w.schema.getType(sel.typeCondition.name.value) : type;
      cost += selectionCost(w, sel.selectionSet, (on ?? type) as GraphQLOutputType, seen);
      continue;
    }
    if (sel.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = w.fragments.get(sel.name.value);
      if (!fragment || seen.has(sel.name.value)) continue; // cycles are refused by NoFragmentCycles
      const on = w.schema.getType(fragment.typeCondition.name.value) as GraphQLOutputType | undefined;
      cost += selectionCost(w, fragment.selectionSet, on ?? type, new Set([...seen, sel.name.value]));
      continue;
    }
    const def = type.getFields()[sel.name.value];
    if (!def) continue;
    const work = def.extensions?.workCost as WorkCost | undefined;
    const rows = pageSize(sel, variables);
    let own = 0;
    if (work?.perMonth) own += months(sel, variables) * work.perMonth;
    if (work?.perRow) own += (rows ?? DEFAULT_PAGE) * work.perRow;
    // What is read under a page is read once per row of it.
    const inner = sel.selectionSet ? selectionCost(w, sel.selectionSet, def.type, seen) : 0;
    cost += own + inner * (rows ?? (work?.perRow ? DEFAULT_PAGE : 1));
  }
  return cost;
}

/** The work cost of the document's operation (the named one, or its only one). */
export function workCost(schema: GraphQLSchema, document: DocumentNode, variables: Variables, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    if (d.kind === Kind.OPERATION_DEFINITION) operations.push(d);
  }
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  const root = operation && schema.getRootType(operation.operation);
  return root ? selectionCost({ schema, fragments, variables }, operation.selectionSet, root) : 0;
}

/** Armor's message and yoga's code for a refused operation. */
export function costLimitError(maxCost: number, cost: number): GraphQLError {
  return new GraphQLError(`Syntax Error: Query Cost limit of ${maxCost} exceeded, found ${cost}.`, {
    extensions: { code: "GRAPHQL_VALIDATION_FAILED", http: { status: 400 } },
  });
}

/** The yoga plugin: queries and mutations at onExecute, subscriptions at onSubscribe. */
export function workCostPlugin(maxCost: number): Plugin {
  // A document's cost depends only on it and on the variables it reads: remembered per parsed
  // document (yoga's parser cache hands a repeated text the same one) for its operation name and
  // variables, so a page's fixed query is walked once.
  const known = new WeakMap<DocumentNode, Map<string, number>>();
  const costOf = (schema: GraphQLSchema, document: DocumentNode, variables: Variables, operationName?: string | null) => {
    let byKey = known.get(document);
    if (!byKey) known.set(document, (byKey = new Map()));
    const key = `${operationName ?? ""}\n${variables ? JSON.stringify(variables) : ""}`;
    let cost = byKey.get(key);
    if (cost === undefined) {
      cost = workCost(schema, document, variables, operationName);
      if (byKey.size >= 100) byKey.clear(); // many variable sets: not worth keeping
      byKey.set(key, cost);
    }
    return cost;
  };
  const check = ({
    args,
    setResultAndStopExecution,
  }: {
    args: { schema: GraphQLSchema; document: DocumentNode; variableValues?: Variables | null; operationName?: string | null };
    setResultAndStopExecution: (r: { errors: GraphQLError[] }) => void;
  }) => {
    const cost = costOf(args.schema, args.document, args.variableValues ?? undefined, args.operationName);
    if (cost > maxCost) setResultAndStopExecution({ errors: [costLimitError(maxCost, cost)] });
  };
  return { onExecute: check as never, onSubscribe: check as never };
}
