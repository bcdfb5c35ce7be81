// Every contact-centre action says why; the reason goes into the audit log with it.
import { userError } from "./errors.js";

export function checkedReason(text: string): string {
  const reason = text.trim();
  if (reason.length < 3 || reason.length > 500) throw userError("REASON_REQUIRED", ["input", "reason"]);
  return reason;
}

/** Who acts: the employee and where from (audit log columns). */
export interface Actor {
  staffId: number;
  clientAddress: string | null;
}
