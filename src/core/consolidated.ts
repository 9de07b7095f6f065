/**
 * One compliance summary across many districts' workbooks: the rows of each file's `Summary` side by side, one row
 * per file × indicator, with the counts of statuses a manager reads first, overall and per file. The cells are
 * those of `summaryTable`, so a district's figures read the same here as in its own summary sheet; the command
 * line's .xlsx, .csv and printable writers all render this one table.
 *
 * The district of a file is the caller's to name. The command line takes it from the file name (`锦江区.xlsx` →
 * 锦江区): every district fills the same template, whose plan region is the bureau's own (成都市), so nothing inside
 * the workbook tells districts apart, while bureaus name collected files after their senders.
 */
import { statusLabel, summaryColumnLabel, type Locale } from "./messages";
import { STATUSES, type Status } from "./model";
import { SUMMARY_COLUMNS, type Summary, type SummaryColumnKey } from "./summary";
import { SUMMARY_COLUMN_KINDS, summaryTable, type SummaryCellValue, type SummaryColumnKind } from "./summary-table";

export interface ConsolidationInput {
  /** The file as the person named it on the command line. */
  readonly file: string;
  readonly district: string;
  readonly summary: Summary;
}

/** The summary columns carried into the consolidated table, in mid-term evaluation order. */
export const CONSOLIDATED_SUMMARY_COLUMNS = [
  "name",
  "unit",
  "target",
  "latest",
  "latestYear",
  "completion",
  "elapsed",
  "status",
  "explanation",
  "review",
] as const satisfies readonly SummaryColumnKey[];

export type ConsolidatedColumnKey = "district" | "file" | (typeof CONSOLIDATED_SUMMARY_COLUMNS)[number];

export interface ConsolidatedColumn {
  readonly key: ConsolidatedColumnKey;
  readonly label: string;
  readonly kind: SummaryColumnKind;
}

export type StatusCounts = { readonly [S in Status]: number };

export interface FileCounts {
  readonly file: string;
  readonly district: string;
  readonly planTitle: string;
  readonly reportingYear: number;
  readonly indicators: number;
  readonly byStatus: StatusCounts;
}

export interface ConsolidatedSummary {
  readonly columns: readonly ConsolidatedColumn[];
  /** File by file in the order given, each file's indicators in its plan's order. */
  readonly rows: readonly (readonly SummaryCellValue[])[];
  /** The statuses in their fixed order with their labels, for tables and the chart of counts. */
  readonly statuses: readonly { readonly status: Status; readonly label: string }[];
  readonly overall: StatusCounts;
  readonly perFile: readonly FileCounts[];
}

const OWN_LABELS: { readonly [L in Locale]: { readonly district: string; readonly file: string } } = {
  "zh-CN": { district: "地区", file: "文件" },
  "en-US": { district: "District", file: "File" },
};

/**
 * @example
 * consolidate([{ file: "in/锦江区.xlsx", district: "锦江区", summary }], "zh-CN").columns.map((c) => c.label)
 * // → ["地区", "文件", "指标", "单位", "目标值", "最新值", "最新值年份", "完成进度", "序时进度", "评价", "审核说明", "审核意见"]
 */
export function consolidate(inputs: readonly ConsolidationInput[], locale: Locale): ConsolidatedSummary {
  const columns: readonly ConsolidatedColumn[] = [
    { key: "district", label: OWN_LABELS[locale].district, kind: "text" },
    { key: "file", label: OWN_LABELS[locale].file, kind: "text" },
    ...CONSOLIDATED_SUMMARY_COLUMNS.map((key): ConsolidatedColumn => ({
      key,
      label: summaryColumnLabel(key, locale),
      kind: SUMMARY_COLUMN_KINDS[key],
    })),
  ];
  // summaryTable lays its cells out in SUMMARY_COLUMNS order.
  const at = CONSOLIDATED_SUMMARY_COLUMNS.map((key) => SUMMARY_COLUMNS.indexOf(key));
  const rows: (readonly SummaryCellValue[])[] = [];
  const perFile: FileCounts[] = [];
  for (const input of inputs) {
    const table = summaryTable(input.summary, locale);
    for (const row of table.rows) rows.push([input.district, input.file, ...at.map((index) => row[index] ?? null)]);
    perFile.push({
      file: input.file,
      district: input.district,
      planTitle: input.summary.title,
      reportingYear: input.summary.reportingYear,
      indicators: input.summary.rows.length,
      byStatus: input.summary.counts.byStatus,
    });
  }
  return {
    columns,
    rows,
    statuses: STATUSES.map((status) => ({ status, label: statusLabel(status, locale) })),
    overall: sumCounts(perFile.map((file) => file.byStatus)),
    perFile,
  };
}

function sumCounts(counts: readonly StatusCounts[]): StatusCounts {
  const total = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;
  for (const count of counts) for (const status of STATUSES) total[status] += count[status];
  return total;
}

/** The district a file name suggests: its base name without folders or extension (`in/锦江区.xlsx` → `锦江区`). */
export function districtFromFileName(file: string): string {
  const base = file.split(/[\\/]/u).pop() ?? file;
  const stem = base.replace(/\.[^.]*$/u, "");
  return stem === "" ? base : stem;
}
