// Descriptions for what the API's conventions generate, written once instead of on every
// instance: mutation payloads and their `userErrors`, a mutation's `input` argument and input
// type, cursor connections and their edges and `totalCount`. Only fills a missing description:
// anything described where it is defined keeps its own. Everything else is described where it
// is defined (schema-descriptions.test.ts keeps it that way).
import SchemaBuilder, { BasePlugin, type PothosInputFieldConfig, type PothosOutputFieldConfig, type PothosTypeConfig, type SchemaTypes } from "@pothos/core";

const pluginName = "describeConventions";

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export const PAGE_SIZE_TEXT = "20 by default and at most 100, unless the field says otherwise";

export class DescribeConventionsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onTypeConfig(typeConfig: PothosTypeConfig): PothosTypeConfig {
    if (typeConfig.description) return typeConfig;
    const name = typeConfig.name;
    if (typeConfig.kind === "Object" && name.endsWith("Payload")) {
      const mutation = lowerFirst(name.slice(0, -"Payload".length));
      return {
        ...typeConfig,
        description: `The result of \`${mutation}\`: the objects it changed, or \`userErrors\` saying what to fix — then nothing was changed and the other fields are null.`,
      };
    }
    if (typeConfig.kind === "InputObject" && name.endsWith("Input") && /[a-z]/.test(name.slice(1, -5))) {
      return { ...typeConfig, description: `The input of \`${lowerFirst(name.slice(0, -"Input".length))}\`.` };
    }
    if (typeConfig.kind === "Object" && name.endsWith("ConnectionEdge")) {
      return { ...typeConfig, description: `One item of a \`${name.slice(0, -"Edge".length)}\` page, with its cursor.` };
    }
    if (typeConfig.kind === "Object" && name.endsWith("Connection")) {
      return {
        ...typeConfig,
        description: `A page of a cursor-paginated list (Relay connection): read \`nodes\` (or \`edges\` for cursors) and ask for the next page with \`after: pageInfo.endCursor\` while \`pageInfo.hasNextPage\`.`,
      };
    }
    return typeConfig;
  }

  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> | null {
    if (fieldConfig.description) return fieldConfig;
    const parent = fieldConfig.parentType;
    if (fieldConfig.name === "userErrors" && parent.endsWith("Payload")) {
      return {
        ...fieldConfig,
        description:
          "What the caller can fix, each with the input field's path, the Russian message to show and a stable `code`; empty when the mutation succeeded.",
      };
    }
    if (fieldConfig.name === "totalCount" && parent.endsWith("Connection")) {
      return { ...fieldConfig, description: "How many items the whole list has, over all pages (the same filters applied)." };
    }
    return fieldConfig;
  }

  override onInputFieldConfig(fieldConfig: PothosInputFieldConfig<Types>): PothosInputFieldConfig<Types> | null {
    if (fieldConfig.description) return fieldConfig;
    if (fieldConfig.kind === "Arg" && fieldConfig.name === "input" && fieldConfig.parentType === "Mutation") {
      return { ...fieldConfig, description: "What to do: see the input type's fields." };
    }
    return fieldConfig;
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      describeConventions: DescribeConventionsPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin(pluginName, DescribeConventionsPlugin);
export default pluginName;
