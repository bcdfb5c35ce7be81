// Variables are limited in depth and size before anything walks them: graphql-js coerces input
// recursively and our scalars quote a bad value with JSON.stringify, so 10,000 nested objects
// overflowed the stack (RangeError). The check itself walks iteratively and stops at the limit.
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { ErrorCode } from "../shared/errors.js";

export interface VariablesLimits {
  /** Nesting of objects and lists; our deepest input is a handful of levels. */
  maxDepth: number;
  /** Roughly the JSON size; long texts (appeals) are a few KB, files go as multipart uploads. */
  maxBytes: number;
}

export const VARIABLES_LIMITS: VariablesLimits = { maxDepth: 32, maxBytes: 256 * 1024 };

export const VMSG = {
  tooDeep: (n: number) => `Переменные запроса вложены слишком глубоко: допускается не более ${n} уровней.`,
  tooBig: (n: number) => `Переменные запроса слишком велики: допускается не более ${Math.round(n / 1024)} КБ.`,
} as const;

/** The problem's Russian text, or null when the variables fit. */
export function variablesProblem(variables: unknown, limits: VariablesLimits = VARIABLES_LIMITS): string | null {
  if (variables === null || typeof variables !== "object") return null;
  let bytes = 0;
  const stack: [unknown, number][] = [[variables, 1]];
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (typeof value === "string") bytes += value.length + 3;
    else if (value === null || typeof value !== "object") bytes += 8;
    else {
      if (depth > limits.maxDepth) return VMSG.tooDeep(limits.maxDepth);
      bytes += 2;
      if (Array.isArray(value)) for (const item of value) stack.push([item, depth + 1]);
      else
        for (const key of Object.keys(value)) {
          bytes += key.length + 4;
          stack.push([(value as Record<string, unknown>)[key], depth + 1]);
        }
    }
    if (bytes > limits.maxBytes) return VMSG.tooBig(limits.maxBytes);
  }
  return null;
}

export const variablesError = (message: string) => new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } });

/** Refuses oversized or overdeep variables with 400 before any other plugin sees them. */
export function variablesLimit(limits: VariablesLimits = VARIABLES_LIMITS): Plugin {
  return {
    onParams({ params }) {
      const problem = variablesProblem(params.variables, limits);
      if (problem) throw variablesError(problem);
    },
  };
}
