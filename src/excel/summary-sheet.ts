/**
 * User action: write the compliance summary as its own sheet, a native Excel table of the core's
 * `summaryTable` beside a chart of indicators by status. The sheet is made anew each time, never over the
 * monitoring sheet.
 */
import { statusLabel, type Locale } from "../core/messages";
import { STATUSES } from "../core/model";
import type { Summary } from "../core/summary";
import { summaryTable, type SummaryColumnKind } from "../core/summary-table";
import type { RangeRef } from "../core/workbook/a1";
import type { ExcelHost } from "./excel-host";
import { openState, sameName, type SheetInfo } from "./workbook-read";
import { WORDS } from "../core/workbook/words";
import { entry } from "../core/workbook/writes";
import { applyWrites, type WriteOp } from "./write-ops";

const KIND_FORMATS: { readonly [K in SummaryColumnKind]: string } = {
  text: "@",
  number: "General",
  percent: "0.0%",
  year: "0",
};

/** The summary's sheet name: the locale's word, or with ` (2)`… when the monitoring sheet already bears it. */
function summarySheetName(locale: Locale, monitor: SheetInfo): string {
  const base = WORDS[locale].summarySheet;
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    if (!sameName(name, monitor.name)) return name;
  }
}

/** The writes of the summary sheet; `exists` says whether a sheet of that name must go first. */
export function summaryWrites(summary: Summary, locale: Locale, sheet: string, exists: boolean): readonly WriteOp[] {
  const table = summaryTable(summary, locale);
  const width = table.columns.length;
  const height = table.rows.length + 1;
  const tableRange: RangeRef = { top: 0, left: 0, bottom: height - 1, right: width - 1 };
  const chartLeft = width + 1;
  const counts = STATUSES.map((status) => [entry(statusLabel(status, locale), false), summary.counts.byStatus[status]]);
  const chartRange: RangeRef = { top: 0, left: chartLeft, bottom: counts.length, right: chartLeft + 1 };
  return [
    ...(exists ? [{ kind: "deleteSheet", sheet } as const] : []),
    { kind: "addSheet", sheet, veryHidden: false },
    {
      kind: "values",
      sheet,
      range: tableRange,
      values: [
        table.columns.map((column) => entry(column.label, false)),
        ...table.rows.map((row) => row.map((cell) => entry(cell, false))),
      ],
    },
    ...(table.rows.length === 0
      ? []
      : [
          {
            kind: "numberFormat",
            sheet,
            range: { ...tableRange, top: 1 },
            formats: table.rows.map(() => table.columns.map((column) => KIND_FORMATS[column.kind])),
          } as const,
        ]),
    { kind: "table", sheet, range: tableRange },
    {
      kind: "values",
      sheet,
      range: chartRange,
      values: [WORDS[locale].chartHeader.map((word) => entry(word, false)), ...counts],
    },
    {
      kind: "chart",
      sheet,
      range: chartRange,
      title: WORDS[locale].chartTitle,
      at: { top: counts.length + 2, left: chartLeft, bottom: counts.length + 18, right: chartLeft + 7 },
    },
    { kind: "activate", sheet },
  ];
}

/**
 * Two syncs: the sheet list, then the whole sheet. Returns the sheet's name.
 *
 * @example await writeSummarySheet(host, summary, "zh-CN") // → "汇总"
 */
export async function writeSummarySheet(host: ExcelHost, summary: Summary, locale: Locale): Promise<string> {
  return host.run(async (context) => {
    const { sheets, monitor } = await openState(context);
    const name = summarySheetName(locale, monitor);
    const exists = sheets.some((sheet) => sameName(sheet.name, name));
    await applyWrites(context, summaryWrites(summary, locale, name, exists));
    return name;
  });
}
