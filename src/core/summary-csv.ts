/**
 * The compliance summary as CSV (RFC 4180): the columns and cell texts of `summaryTable`, so the .csv says what
 * the pane, the summary sheet and the .xlsx say. Text from plans and cells is untrusted, and a spreadsheet opening
 * a CSV runs any field that looks like a formula, so text fields that could start one are defused.
 */
import type { Locale } from "./messages";
import type { Summary } from "./summary";
import { summaryCellText, summaryTable, type SummaryCellValue, type SummaryColumnKind } from "./summary-table";

/**
 * Prepended by whoever writes the file: without it Excel reads a UTF-8 CSV in the system code page (GBK on a
 * Chinese Windows) and shows 指标 as mojibake. `summaryCsv` leaves it out so its output stays plain text.
 */
export const UTF8_BOM = "\uFEFF";

/** `= + - @` start a formula in Excel, LibreOffice and Google Sheets; OWASP adds TAB and CR, which some of them skip first. */
const FORMULA_START = /^[=+\-@\t\r]/u;

const NEEDS_QUOTES = /[",\r\n]/u;

/**
 * A text that a spreadsheet would read as a formula, made inert by a leading `'` (OWASP's CSV-injection advice).
 * Only text is defused: numbers are written by us from a `number`, so `-3.2` is a figure, and turning it into the
 * text `'-3.2` would break sums and sorting while protecting nothing.
 *
 * @example defuseFormula("=HYPERLINK(\"http://x\")") // → "'=HYPERLINK(\"http://x\")"
 * @example defuseFormula("-减少") // → "'-减少"
 */
export function defuseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * One field: text defused, then quoted when it holds a quote, comma or line break (quotes doubled).
 *
 * @example csvField("a,\"b\"", "text") // → "\"a,\"\"b\"\"\""
 * @example csvField(-3.2, "number") // → "-3.2"
 * @example csvField(0.506, "percent") // → "50.6%"
 */
export function csvField(value: SummaryCellValue, kind: SummaryColumnKind): string {
  const text = typeof value === "string" ? defuseFormula(value) : summaryCellText(value, kind);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The summary as CSV: a header of localized column labels, then one record per indicator; every record ends
 * with CRLF. Line breaks inside a cell (several findings) stay inside its quotes.
 *
 * @example
 * summaryCsv(summary, "zh-CN").split("\r\n")[0]
 * // → "指标,单位,基期值,目标值,最新值,完成进度,序时进度,评价,属性,最新值年份,目标年预计值,待处理问题,审核说明,审核意见"
 */
export function summaryCsv(summary: Summary, locale: Locale): string {
  const table = summaryTable(summary, locale);
  const header = table.columns.map((column) => csvField(column.label, "text"));
  const records = table.rows.map((row) =>
    table.columns.map((column, index) => csvField(row[index] ?? null, column.kind)),
  );
  return [header, ...records].map((fields) => `${fields.join(",")}\r\n`).join("");
}
