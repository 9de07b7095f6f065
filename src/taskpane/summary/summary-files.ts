/**
 * The summary's downloads: the file name and bytes of the .csv and the .xlsx, both from the core's `summaryTable`.
 */
import type { Locale } from "../../core/messages";
import type { Summary } from "../../core/summary";
import { summaryCsv, UTF8_BOM } from "../../core/summary-csv";
import { safeFileName } from "./download";
import { summaryText } from "./strings";
import { summaryXlsx, XLSX_MIME } from "./xlsx";

export type SummaryFormat = "csv" | "xlsx";

/**
 * @example summaryFileName(summary, "zh-CN", "csv") // → "规划指标汇总-chengdu-13th-sti-2020.csv"
 */
export function summaryFileName(summary: Summary, locale: Locale, format: SummaryFormat): string {
  return safeFileName(`${summaryText(locale).fileStem}-${summary.planId}-${summary.reportingYear}.${format}`);
}

/** The file's contents; the CSV starts with a BOM so Excel reads its Chinese as UTF-8. */
export function summaryBlob(summary: Summary, locale: Locale, format: SummaryFormat): Blob {
  return format === "csv"
    ? new Blob([UTF8_BOM + summaryCsv(summary, locale)], { type: "text/csv;charset=utf-8" })
    : new Blob([summaryXlsx(summary, locale, summaryText(locale).sheetName)], { type: XLSX_MIME });
}
