/**
 * Hands a file to the browser's downloads: a Blob behind an object URL, clicked through a temporary
 * `<a download>`. The pane has no server to fetch from, and this is the one way every browser Office runs
 * add-ins in saves a file made in the page.
 */

/**
 * Some browsers read the blob only after the click has returned, so revoking at once can cancel the download
 * (FileSaver.js waits 40 s for this reason); a summary's blob is small enough to keep that long.
 */
export const REVOKE_AFTER_MS = 30_000;

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    // Firefox follows only links that are in the document.
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

/** Characters Windows or macOS refuse in a file name, and control characters, become `_`. */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are among what must go
  return name.replace(/[\\/:*?"<>|\u0000-\u001F]/gu, "_").trim();
}
