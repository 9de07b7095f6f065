/**
 * The summary as a table: the same columns, labels and cell values for the summary sheet, the .xlsx and .csv
 * exports and the printable view, so no surface words or orders them its own way.
 */
import {
  attributeLabel,
  formatFinding,
  formatTarget,
  NUMBER_FORMAT,
  notAssessableText,
  reviewStateLabel,
  statusLabel,
  summaryColumnLabel,
  type Locale,
} from "./messages";
import { SUMMARY_COLUMNS, type Summary, type SummaryColumnKey, type SummaryRow } from "./summary";

/** How a column's values are written: text as is, numbers as figures, shares as percentages of 1. */
export type SummaryColumnKind = "text" | "number" | "percent" | "year";

export const SUMMARY_COLUMN_KINDS: { readonly [K in SummaryColumnKey]: SummaryColumnKind } = {
  name: "text",
  unit: "text",
  baseline: "number",
  target: "text",
  latest: "number",
  completion: "percent",
  elapsed: "percent",
  status: "text",
  attribute: "text",
  latestYear: "year",
  projection: "number",
  openFindings: "text",
  explanation: "text",
  review: "text",
};

/** A cell value: text, a number (a percent column holds a share, 0.506 for 50.6%), or nothing. */
export type SummaryCellValue = string | number | null;

export interface SummaryTable {
  readonly columns: readonly {
    readonly key: SummaryColumnKey;
    readonly label: string;
    readonly kind: SummaryColumnKind;
  }[];
  readonly rows: readonly (readonly SummaryCellValue[])[];
}

/**
 * @example
 * summaryTable(summary, "zh-CN").columns.slice(0, 8).map((c) => c.label)
 * // → ["指标", "单位", "基期值", "目标值", "最新值", "完成进度", "序时进度", "评价"]
 */
export function summaryTable(summary: Summary, locale: Locale): SummaryTable {
  return {
    columns: SUMMARY_COLUMNS.map((key) => ({
      key,
      label: summaryColumnLabel(key, locale),
      kind: SUMMARY_COLUMN_KINDS[key],
    })),
    rows: summary.rows.map((row) => {
      const cells = summaryCells(row, locale);
      return SUMMARY_COLUMNS.map((key) => cells[key]);
    }),
  };
}

function summaryCells(row: SummaryRow, locale: Locale): { readonly [K in SummaryColumnKey]: SummaryCellValue } {
  const yearLabel = (year: number): string => (locale === "zh-CN" ? `${year}年` : String(year));
  const separator = locale === "zh-CN" ? "：" : ": ";
  return {
    name: row.name,
    unit: row.unit,
    baseline: row.baseline?.value ?? null,
    target: formatTarget(row.target, locale),
    latest: row.latest?.value ?? null,
    completion: row.completion,
    elapsed: row.elapsed,
    status:
      row.reason === null
        ? statusLabel(row.status, locale)
        : `${statusLabel(row.status, locale)}${locale === "zh-CN" ? "（" : " ("}${notAssessableText(row.reason, locale)}${locale === "zh-CN" ? "）" : ")"}`,
    attribute: row.attribute === null ? null : attributeLabel(row.attribute, locale),
    latestYear: row.latest?.year ?? null,
    // An estimate from a trend: two decimals say all it knows (39631.4629216766 → 39631.46).
    projection: row.projection === null ? null : Math.round(row.projection.value * 100) / 100,
    openFindings: joinLines(row.openFindings.map((finding) => formatFinding(finding, locale))),
    explanation: joinLines(
      row.reviewedCells.flatMap((cell) =>
        cell.explanation === null ? [] : [`${yearLabel(cell.year)}${separator}${cell.explanation.text}`],
      ),
    ),
    review: joinLines([
      reviewStateLabel(row.review, locale),
      ...row.reviewedCells.flatMap((cell) =>
        cell.decision === null || cell.decision.comment.trim() === ""
          ? []
          : [`${yearLabel(cell.year)}${separator}${cell.decision.comment}`],
      ),
    ]),
  };
}

const joinLines = (lines: readonly string[]): string | null => (lines.length === 0 ? null : lines.join("\n"));

/**
 * A cell as text, for CSV and the printable view: figures without float noise, shares as `50.6%`, nothing as ``.
 *
 * @example summaryCellText(0.50597, "percent") // → "50.6%"
 */
export function summaryCellText(value: SummaryCellValue, kind: SummaryColumnKind): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (kind === "percent") return `${NUMBER_FORMAT.oneDecimal(value * 100)}%`;
  return NUMBER_FORMAT.number(value);
}
