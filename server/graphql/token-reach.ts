// Applies domains/tokens/reach.ts through scope-auth: each type listed there gets the type-level
// scope `notPersonalToken`, and each field listed skips it for `$any: { notPersonalToken, apiToken:
// [its scopes] }`. Runs as config hooks, before scope-auth wraps the resolvers, so the rule lives
// in one list instead of on fields spread over every domain.
import SchemaBuilder, { BasePlugin, PothosSchemaError, type PothosOutputFieldConfig, type PothosTypeConfig, type SchemaTypes } from "@pothos/core";
import { TOKEN_REACH } from "../domains/tokens/reach.js";

const pluginName = "tokenReach";

export class TokenReachPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onTypeConfig(typeConfig: PothosTypeConfig): PothosTypeConfig {
    if (!(typeConfig.name in TOKEN_REACH)) return typeConfig;
    if (typeConfig.graphqlKind !== "Object") throw new PothosSchemaError(`token reach: ${typeConfig.name} is not an object type`);
    const own = (typeConfig.pothosOptions as { authScopes?: unknown }).authScopes;
    if (own) throw new PothosSchemaError(`token reach: ${typeConfig.name} already has type-level authScopes`);
    return { ...typeConfig, pothosOptions: { ...typeConfig.pothosOptions, authScopes: { notPersonalToken: true } } } as unknown as PothosTypeConfig;
  }

  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    const scopes = TOKEN_REACH[fieldConfig.parentType]?.[fieldConfig.name];
    if (!scopes) return fieldConfig;
    const options = fieldConfig.pothosOptions as { authScopes?: unknown };
    // A field with its own rule (e.g. { user: true }) would need both to pass: keep the list honest.
    if (options.authScopes) throw new PothosSchemaError(`token reach: ${fieldConfig.parentType}.${fieldConfig.name} has its own authScopes`);
    return {
      ...fieldConfig,
      pothosOptions: { ...fieldConfig.pothosOptions, skipTypeScopes: true, authScopes: { $any: { notPersonalToken: true, apiToken: scopes } } },
    } as unknown as PothosOutputFieldConfig<Types>;
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      tokenReach: TokenReachPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin(pluginName, TokenReachPlugin);
export default pluginName;
