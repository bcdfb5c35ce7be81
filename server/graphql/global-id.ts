// The one decoder of Relay global IDs (base64 "Type:id"). Every row id behind a global ID is an
// Int column, so anything but a decimal in 1..2^31-1 cannot name a row: such an ID reads as
// "not found" (graphql/input-guard.ts), never reaching the database.
import { PothosValidationError } from "@pothos/core";
import { MAX_INT_ID } from "../shared/ids.js";

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const TYPENAME = /^[A-Z_a-z]\w*$/;
const ROW_ID = /^[1-9]\d{0,9}$/;

export interface GlobalId {
  typename: string;
  id: string;
}

/** The type name and row id of a well-formed global ID, or null. */
export function parseGlobalId(globalId: unknown): GlobalId | null {
  if (typeof globalId !== "string" || globalId.length > 200 || !BASE64.test(globalId)) return null;
  const text = Buffer.from(globalId, "base64").toString("utf8");
  const colon = text.indexOf(":");
  if (colon < 0) return null;
  const typename = text.slice(0, colon);
  const id = text.slice(colon + 1);
  if (!TYPENAME.test(typename) || !ROW_ID.test(id) || Number(id) > MAX_INT_ID) return null;
  return { typename, id };
}

/** The row id of a global ID of the given type, or null. */
export function rowIdOf(globalId: unknown, typename: string): number | null {
  const g = parseGlobalId(globalId);
  return g && g.typename === typename ? Number(g.id) : null;
}

/** The builder's `relay.decodeGlobalID`: the input guard refuses bad IDs first; this is the backstop. */
export function decodeGlobalIdStrict(globalId: string): GlobalId {
  const g = parseGlobalId(globalId);
  if (!g) throw new PothosValidationError(`Invalid global ID: ${globalId}`);
  return g;
}
