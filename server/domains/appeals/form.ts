// Checking a filled form against its reason (manual 6.5.2): required fields («звездочка»),
// values by kind, the required scans per file slot, the allowed file types by content and the
// attachment limits (settings: upload-rules.ts). Everything is checked before anything is stored; errors point at
// ["input", "fields", <code>] and ["input", "files", <slot>] so a form can mark its fields.
import type { Account, AppealField, AppealFieldKind, AppealFileSlot } from "../../db/generated/prisma/client.js";
import type { UserErrorData } from "../../shared/errors.js";
import { prefillValues } from "./catalog.js";
import { MAGIC_BYTES, acceptedKind, sanitizeFileName, type FileKind } from "./file-kinds.js";
import { problem, type ValueProblem } from "./errors.js";
import type { UploadLimits } from "../../config.js";
import { uploadRules } from "./upload-rules.js";
import { dateValue } from "../../shared/calendar.js";

export interface FieldInput {
  code: string;
  value: string;
}

export interface FileInput {
  /** The file slot's code; null for an operator's answer. */
  slot: string | null;
  file: File;
}

/** A form value as stored with the appeal: the label is kept, so catalog edits never change old appeals. */
export interface StoredField {
  code: string;
  label: string;
  kind: AppealFieldKind;
  section: string | null;
  value: string;
}

/** Codes of the free-text field that becomes the appeal's text («Комментарий», «Текст сообщения»). */
export const TEXT_FIELD_CODES = ["text", "comment"];

const MAX_LENGTH: Record<AppealFieldKind, number> = { TEXT: 300, TEXTAREA: 4000, DATE: 10, NUMBER: 20, PASSPORT: 20 };

type Normalised = { ok: true; value: string } | { ok: false; problem: ValueProblem };

function normalise(field: AppealField, raw: string): Normalised {
  const value = raw.trim();
  switch (field.kind) {
    case "DATE": {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) ?? /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(value);
      if (!m) return { ok: false, problem: { kind: "date", label: field.label } };
      const iso = value.includes("-") ? value : `${m[3]}-${m[2]}-${m[1]}`;
      const d = dateValue(iso);
      const year = Number(iso.slice(0, 4));
      if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso || year < 1900 || year > 2100)
        return { ok: false, problem: { kind: "date", label: field.label } };
      return { ok: true, value: iso };
    }
    case "NUMBER":
      return /^\d{1,9}([.,]\d{1,3})?$/.test(value)
        ? { ok: true, value: value.replace(",", ".") }
        : { ok: false, problem: { kind: "number", label: field.label } };
    case "PASSPORT": {
      const digits = value.replace(/[\s-]/g, "");
      if (!/^\d{10}$/.test(digits)) return { ok: false, problem: { kind: "passport", label: field.label } };
      return { ok: true, value: `${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)}` };
    }
    default:
      return value.length > MAX_LENGTH[field.kind]
        ? { ok: false, problem: { kind: "tooLong", label: field.label, max: MAX_LENGTH[field.kind] } }
        : { ok: true, value };
  }
}

export interface CheckedFields {
  fields: StoredField[];
  text: string | null;
  errors: UserErrorData[];
}

/**
 * Checks the values against the reason's fields. What the customer left out of a field that
 * repeats the account's data («Фамилия была») is taken from the account; a required field is the
 * customer's own statement («Имя новое *»): its prefill is only the form's starting value, and
 * left out it is refused as empty.
 */
export function checkFields(formFields: AppealField[], inputs: FieldInput[], account: Account): CheckedFields {
  const errors: UserErrorData[] = [];
  const byCode = new Map(formFields.map((f) => [f.code, f]));
  const given = new Map<string, string>();
  for (const input of inputs) {
    if (!byCode.has(input.code)) errors.push(problem("UNKNOWN_FIELD", ["input", "fields", input.code], input.code));
    else given.set(input.code, input.value);
  }
  const prefill = prefillValues(account);
  const fields: StoredField[] = [];
  let text: string | null = null;
  for (const f of formFields) {
    const raw = given.get(f.code) ?? (f.prefill && !f.required ? prefill[f.prefill] : undefined) ?? "";
    const at = ["input", "fields", f.code];
    if (!raw.trim()) {
      if (f.required) errors.push(problem("REQUIRED", at, { field: f.label }));
      continue;
    }
    const n = normalise(f, raw);
    if (!n.ok) {
      errors.push(problem("INVALID_VALUE", at, n.problem));
      continue;
    }
    if (TEXT_FIELD_CODES.includes(f.code) && text === null) text = n.value;
    else fields.push({ code: f.code, label: f.label, kind: f.kind, section: f.section, value: n.value });
  }
  return { fields, text, errors };
}

export interface CheckedFile {
  slot: string | null;
  file: File;
  kind: FileKind;
  name: string;
}

/** Reads the first bytes of a file (a disk-backed upload reads only those). */
async function head(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.slice(0, MAGIC_BYTES).arrayBuffer());
}

export interface FileRules {
  /** The settings' limits (config.uploads). */
  limits: UploadLimits;
  /** The reason's slots; null for an operator's answer (no slots). */
  slots: AppealFileSlot[] | null;
  kinds?: FileKind[];
  /** Whose files: an operator's answer takes PDF only, and its message says so. */
  to?: "appeal" | "answer";
}

export async function checkFiles(inputs: FileInput[], rules: FileRules): Promise<{ files: CheckedFile[]; errors: UserErrorData[] }> {
  const errors: UserErrorData[] = [];
  const files: CheckedFile[] = [];
  const limits = uploadRules(rules.limits);
  if (inputs.length > limits.maxFiles) return { files, errors: [problem("TOO_MANY_FILES", ["input", "files"], limits.maxFiles)] };
  const total = inputs.reduce((sum, f) => sum + f.file.size, 0);
  if (total > limits.maxTotalBytes) return { files, errors: [problem("FILES_TOO_LARGE", ["input", "files"], limits.maxTotalMb)] };
  const slots = rules.slots ? new Map(rules.slots.map((s) => [s.code, s])) : null;
  const perSlot = new Map<string, number>();
  for (const [i, input] of inputs.entries()) {
    const at = ["input", "files", input.slot ?? String(i)];
    const shown = input.file.name || "без имени";
    if (slots) {
      const slot = input.slot === null ? undefined : slots.get(input.slot);
      if (!slot) {
        errors.push(problem("UNKNOWN_SLOT", at, input.slot ?? ""));
        continue;
      }
      perSlot.set(slot.code, (perSlot.get(slot.code) ?? 0) + 1);
    }
    if (input.file.size === 0) {
      errors.push(problem("FILE_EMPTY", at, shown));
      continue;
    }
    const kind = acceptedKind(input.file.name, await head(input.file), rules.kinds);
    if (!kind) {
      errors.push(problem("FILE_TYPE", at, shown, rules.to ?? "appeal"));
      continue;
    }
    files.push({ slot: input.slot, file: input.file, kind, name: sanitizeFileName(input.file.name, kind) });
  }
  for (const slot of rules.slots ?? []) {
    const n = perSlot.get(slot.code) ?? 0;
    if (slot.required && n === 0) errors.push(problem("FILE_REQUIRED", ["input", "files", slot.code], slot.label));
    if (!slot.multiple && n > 1) errors.push(problem("ONE_FILE_ONLY", ["input", "files", slot.code], slot.label));
  }
  return { files, errors };
}
