// A resolver's look ahead into its own selection: which sub-fields the query asks for, through
// fragment spreads and inline fragments. @include/@skip are not evaluated: a field they leave out
// counts as asked for, so a look-ahead may read what is then not shown, never miss what is.
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

/** The fields called `name` directly under `nodes`' selection sets. */
export function selectedFields(info: Pick<GraphQLResolveInfo, "fragments">, nodes: readonly FieldNode[], name: string): FieldNode[] {
  const found: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) {
        if (s.name.value === name) found.push(s);
      } else if (s.kind === Kind.INLINE_FRAGMENT) visit(s.selectionSet, seen);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        visit(info.fragments[s.name.value]?.selectionSet, seen);
      }
    }
  };
  for (const node of nodes) visit(node.selectionSet, new Set());
  return found;
}
