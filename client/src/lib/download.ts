// Saving a document the API links to (a short-lived signed URL on this origin): fetched here, so a
// failure is shown on the page instead of replacing it, then handed to the browser as a download
// under the server's file name.

/** Why a download failed: no connection, or the server's answer with its plain-text message, if any. */
export type DownloadFailure = { network: true } | { network: false; message: string | null };

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
  try {
    response = await fetch(url, { credentials: "same-origin" });
    const type = response.headers.get("content-type") ?? "";
    if (!response.ok || !type.startsWith(opts.type)) {
      const text = type.startsWith("text/plain") ? (await response.text()).trim() : "";
      return { network: false, message: text && text.length <= 300 ? text : null };
    }
    blob = await response.blob();
  } catch {
    return { network: true };
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
