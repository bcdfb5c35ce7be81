// Saving a document the API links to (a short-lived signed URL relative to this page): fetched here, so a
// failure is shown on the page instead of replacing it, then handed to the browser as a download
// under the server's file name.

/**
 * Why a download failed: no answer from the link's origin (offline, or a cross-origin fetch the
 * browser blocked), the server's error status with its plain-text message if any, or a file of
 * another type than asked for.
 */
export type DownloadFailure = { kind: "network"; origin: string } | { kind: "status"; status: number; message: string | null } | { kind: "type"; type: string };

/** What the customer is told: what failed, in words, and what to do. */
export function downloadFailureText(f: DownloadFailure, pageOrigin: string | null = typeof location === "undefined" ? null : location.origin): string {
  switch (f.kind) {
    case "network":
      return pageOrigin && f.origin !== pageOrigin
        ? `Не удалось скачать файл: ссылка ведет на ${f.origin}, а страница открыта с ${pageOrigin}, и браузер не дал ее открыть. Откройте личный кабинет по адресу ${f.origin}.`
        : "Не удалось скачать файл: сервер не ответил. Проверьте подключение к интернету и повторите попытку.";
    case "status":
      return f.message ?? `Не удалось скачать файл: сервер ответил ошибкой ${f.status}. Повторите попытку позже.`;
    case "type":
      return `Не удалось скачать файл: вместо него сервер прислал ${f.type ? `данные типа ${f.type}` : "ответ без типа"}. Повторите попытку позже.`;
  }
}

/** The file name of a Content-Disposition header (`attachment; filename="x.pdf"`), if any. */
export function dispositionFilename(header: string | null): string | null {
  if (!header) return null;
  const star = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(header)?.[1];
  if (star) {
    try {
      return decodeURIComponent(star.trim().replace(/^"|"$/g, ""));
    } catch {
      /* fall back to the plain name */
    }
  }
  return /filename="?([^";]+)"?/i.exec(header)?.[1]?.trim() || null;
}

/**
 * Downloads `url` as a file of the given type; resolves to null when the browser got the file,
 * else to why not — with the server's own message when it answered in plain text.
 */
export async function downloadFile(url: string, opts: { type: string; fallbackName: string }): Promise<DownloadFailure | null> {
  let response: Response;
  let blob: Blob;
  const origin = new URL(url, location.href).origin;
  try {
    response = await fetch(url, { credentials: "same-origin" });
    const type = response.headers.get("content-type") ?? "";
    if (!response.ok) {
      const text = type.startsWith("text/plain") ? (await response.text()).trim() : "";
      return { kind: "status", status: response.status, message: text && text.length <= 300 ? text : null };
    }
    if (!type.startsWith(opts.type)) return { kind: "type", type: type.split(";")[0]!.trim() };
    blob = await response.blob();
  } catch {
    return { kind: "network", origin };
  }
  const href = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = href;
  link.download = dispositionFilename(response.headers.get("content-disposition")) ?? opts.fallbackName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the browser reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
  return null;
}
