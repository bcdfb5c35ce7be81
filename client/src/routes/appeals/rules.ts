// The checks of «Подать заявление» and «Задать вопрос» made before sending, mirroring the
// server's (server/domains/appeals/form.ts and rules.ts) with the same texts, so most mistakes
// are shown at once without a round trip. The server checks everything again, including the
// files' content, which only it can see.

export type FieldKind = "TEXT" | "TEXTAREA" | "DATE" | "NUMBER" | "PASSPORT";

export type FormField = { code: string; label: string; kind: FieldKind; required: boolean };
export type FileSlot = { code: string; label: string; required: boolean; multiple: boolean };

export const MAX_LENGTH: Record<FieldKind, number> = { TEXT: 300, TEXTAREA: 4000, DATE: 10, NUMBER: 20, PASSPORT: 20 };
/** Files in one request when the caller names no limit (the API's AppealUploadRules.maxFiles). */
const DEFAULT_MAX_FILES = 50;

export const MSG = {
  required: (label: string) => `Заполните поле «${label}»`,
  tooLong: (label: string, max: number) => `Поле «${label}» длиннее ${max} символов`,
  date: (label: string) => `Поле «${label}»: укажите дату в формате ДД.ММ.ГГГГ`,
  number: (label: string) => `Поле «${label}»: укажите число`,
  passport: (label: string) => `Поле «${label}»: укажите серию (4 цифры) и номер (6 цифр) паспорта`,
  fileRequired: (label: string) => `Приложите файл «${label}»`,
  oneFileOnly: (label: string) => `Для «${label}» можно приложить только один файл`,
  fileType: (name: string) =>
    `Файл «${name}» не принят: допустимы файлы PDF, JPG, JPEG, PNG, TIF, TIFF, ZIP, RAR, и содержимое файла должно соответствовать его типу`,
  answerFileType: (name: string) => `Файл «${name}» не принят: к ответу прикладываются только документы PDF`,
  fileEmpty: (name: string) => `Файл «${name}» пустой`,
  filesTooLarge: (maxBytes: number) =>
    `Общий размер вложений превышает ${formatBytes(maxBytes).replace("\u00a0", " ")}. Уменьшите размер или количество файлов.`,
  tooManyFiles: (maxFiles: number) => `Можно приложить не более ${maxFiles} файлов`,
  consentPersonalData: "Подтвердите достоверность указанных данных и согласие на обработку персональных данных",
  consentSignature: "Примите условия соглашения об использовании простой электронной подписи",
} as const;

/** The value to send for a field, or the message why it cannot be sent. Empty optional fields send "". */
export function checkField(field: FormField, raw: string): { value: string } | { error: string } {
  const value = raw.trim();
  if (!value) return field.required ? { error: MSG.required(field.label) } : { value: "" };
  switch (field.kind) {
    case "DATE": {
      const iso = toIsoDate(value);
      return iso ? { value: iso } : { error: MSG.date(field.label) };
    }
    case "NUMBER":
      return /^\d{1,9}([.,]\d{1,3})?$/.test(value) ? { value } : { error: MSG.number(field.label) };
    case "PASSPORT":
      return /^\d{10}$/.test(value.replace(/[\s-]/g, "")) ? { value } : { error: MSG.passport(field.label) };
    default:
      return value.length > MAX_LENGTH[field.kind] ? { error: MSG.tooLong(field.label, MAX_LENGTH[field.kind]) } : { value };
  }
}

/** «2026-11-24» or «24.11.2026» → «2026-11-24» when it is a real day of 1900–2100, else null. */
export function toIsoDate(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) ?? /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(value);
  if (!m) return null;
  const iso = value.includes("-") ? value : `${m[3]}-${m[2]}-${m[1]}`;
  const d = new Date(`${iso}T00:00:00.000Z`);
  const year = Number(iso.slice(0, 4));
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso || year < 1900 || year > 2100) return null;
  return iso;
}

export function extensionOf(name: string): string {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(name);
  return m ? m[1]!.toLowerCase() : "";
}

/** Why one chosen file will be refused, by its name and size (the content is the server's to check). */
export function checkFile(
  file: { name: string; size: number },
  allowedExtensions: readonly string[],
  typeMessage: (name: string) => string = MSG.fileType,
): string | null {
  const shown = file.name || "без имени";
  if (file.size === 0) return MSG.fileEmpty(shown);
  const ext = extensionOf(file.name);
  if (ext && !allowedExtensions.includes(ext)) return typeMessage(shown);
  return null;
}

/** All files of one request together: the count and the total size (the API's AppealUploadRules). */
export function checkTotal(files: readonly { size: number }[], maxTotalBytes: number, maxFiles = DEFAULT_MAX_FILES): string | null {
  if (files.length > maxFiles) return MSG.tooManyFiles(maxFiles);
  return totalBytes(files) > maxTotalBytes ? MSG.filesTooLarge(maxTotalBytes) : null;
}

export function totalBytes(files: readonly { size: number }[]): number {
  return files.reduce((sum, f) => sum + f.size, 0);
}

/** A slot's own rules: required, one file unless multiple, and each file's name and size. */
export function checkSlot(slot: FileSlot, files: readonly { name: string; size: number }[], allowedExtensions: readonly string[]): string | null {
  if (slot.required && files.length === 0) return MSG.fileRequired(slot.label);
  if (!slot.multiple && files.length > 1) return MSG.oneFileOnly(slot.label);
  for (const f of files) {
    const problem = checkFile(f, allowedExtensions);
    if (problem) return problem;
  }
  return null;
}

/** «1,5 МБ», «820 КБ», «12 Б». */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes}\u00a0Б`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)}\u00a0КБ`;
  const mb = bytes / (1024 * 1024);
  return `${(mb < 10 ? mb.toFixed(1) : Math.round(mb).toString()).replace(".", ",")}\u00a0МБ`;
}
