/** The file name of a downloaded workbench workbook. */
export const DOWNLOAD_NAME = "plan-monitor-workbench.json";

/**
 * Offers the workbook's JSON (`sim.serialize()`) as a file, so work can be kept before a reset or moved to
 * another browser.
 */
export function downloadWorkbook(json: string, documentRef: Document = document): void {
  const url = URL.createObjectURL(new Blob([json], { type: "application/json" }));
  const link = documentRef.createElement("a");
  link.href = url;
  link.download = DOWNLOAD_NAME;
  link.hidden = true;
  documentRef.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the object URL is no longer needed once this task ends.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
