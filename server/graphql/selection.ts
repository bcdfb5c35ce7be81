// A resolver's look ahead into its own selection: which sub-fields the query asks for, through
// fragment spreads and inline fragments. @include/@skip are not evaluated: a field they leave out
// counts as asked for, so a look-ahead may read what is then not shown, never miss what is.
import { Kind, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from "graphql";

/** The fields directly under `nodes`' selection sets. */
export function subfields(fragments: Record<string, FragmentDefinitionNode>, nodes: readonly FieldNode[]): FieldNode[] {
  const found: FieldNode[] = [];
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) found.push(s);
      else if (s.kind === Kind.INLINE_FRAGMENT) visit(s.selectionSet);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        visit(fragments[s.name.value]?.selectionSet);
      }
    }
  };
  for (const node of nodes) visit(node.selectionSet);
  return found;
}
