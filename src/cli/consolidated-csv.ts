/**
 * The consolidated summary as a .csv file: the table only (one header, one record per file × indicator), since a
 * second table in the same file breaks every program that reads CSV; the counts are a pivot of the 评价 column.
 * Fields go through the core's `csvField`, which defuses text that a spreadsheet would run as a formula.
 */
import type { ConsolidatedSummary } from "../core/consolidated";
import { csvField, UTF8_BOM } from "../core/summary-csv";

/**
 * With a BOM, so Excel on a Chinese Windows reads UTF-8 rather than GBK, and CRLF after every record (RFC 4180).
 *
 * @example consolidatedCsv(consolidate(inputs, "zh-CN")).slice(0, 9) // → "\uFEFF地区,文件,指标"
 */
export function consolidatedCsv(consolidated: ConsolidatedSummary): string {
  const header = consolidated.columns.map((column) => csvField(column.label, "text"));
  const records = consolidated.rows.map((row) =>
    consolidated.columns.map((column, index) => csvField(row[index] ?? null, column.kind)),
  );
  return UTF8_BOM + [header, ...records].map((fields) => `${fields.join(",")}\r\n`).join("");
}
