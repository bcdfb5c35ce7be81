// What an appeal's attachments may be (6.5): the limits, which are settings (config.uploads:
// UPLOAD_MAX_TOTAL_MB, UPLOAD_MAX_FILES), with the texts that name them, and the file types.
import type { UploadLimits } from "../../config.js";
import type { MultipartLimits } from "../../integrations/storage/multipart.js";
import { appealErrors } from "./errors.js";
import { ALLOWED_EXTENSIONS } from "./file-kinds.js";

const MB = 1024 * 1024;

export interface UploadRules {
  /** All files of one appeal (or one answer) together, bytes. */
  maxTotalBytes: number;
  /** «Общий лимит вложений: 25 МБ»: the same in whole megabytes, as the texts name it. */
  maxTotalMb: number;
  /** Files in one request. */
  maxFiles: number;
  /** Lower case: pdf, jpg, jpeg, png, tif, tiff, zip, rar. */
  allowedExtensions: readonly string[];
  /** For <input type=file accept=…>. */
  accept: string;
  /** «Внимание! Общий лимит вложений: 25 МБ. Возможные типы файлов: …» */
  hint: string;
}

export function uploadRules(limits: UploadLimits): UploadRules {
  const maxTotalMb = Math.floor(limits.maxTotalBytes / MB);
  return {
    maxTotalBytes: limits.maxTotalBytes,
    maxTotalMb,
    maxFiles: limits.maxFiles,
    allowedExtensions: ALLOWED_EXTENSIONS,
    accept: ALLOWED_EXTENSIONS.map((e) => `.${e}`).join(","),
    hint: `Внимание! Общий лимит вложений: ${maxTotalMb} МБ. Возможные типы файлов: PDF, JPG, JPEG, PNG, TIF, ZIP, RAR`,
  };
}

/** The multipart parser's limits (server/app.ts): it refuses a request past them with FILES_TOO_LARGE. */
export function multipartLimits(limits: UploadLimits): MultipartLimits {
  const rules = uploadRules(limits);
  return {
    maxFileBytes: rules.maxTotalBytes,
    maxFiles: rules.maxFiles,
    maxFieldBytes: 256 * 1024,
    tooLargeMessage: appealErrors.message("FILES_TOO_LARGE", rules.maxTotalMb),
    tooLargeCode: "FILES_TOO_LARGE",
  };
}
