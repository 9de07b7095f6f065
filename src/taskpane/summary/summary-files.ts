/**
 * The summary's downloads: the file name and bytes of the .csv and the .xlsx, both from the core's `summaryTable`.
 */
import type { Locale } from "../../core/messages";
import type { Summary } from "../../core/summary";
import { summaryCsv, UTF8_BOM } from "../../core/summary-csv";
import { safeFileName } from "./download";
import { summaryText } from "./strings";

export type SummaryFormat = "csv" | "xlsx";

/**
 * @example summaryFileName(summary, "zh-CN", "csv") // → "规划指标汇总-chengdu-13th-sti-2020.csv"
 */
export function summaryFileName(summary: Summary, locale: Locale, format: SummaryFormat): string {
  return safeFileName(`${summaryText(locale).fileStem}-${summary.planId}-${summary.reportingYear}.${format}`);
}

/**
 * The file's contents; the CSV starts with a BOM so Excel reads its Chinese as UTF-8. The .xlsx writer and its zip
 * library load only when someone asks for one, so the pane does not pay for them at startup.
 */
export async function summaryBlob(summary: Summary, locale: Locale, format: SummaryFormat): Promise<Blob> {
  if (format === "csv") return new Blob([UTF8_BOM + summaryCsv(summary, locale)], { type: "text/csv;charset=utf-8" });
  const { summaryXlsx, XLSX_MIME } = await import("./xlsx");
  return new Blob([summaryXlsx(summary, locale, summaryText(locale).sheetName)], { type: XLSX_MIME });
}
