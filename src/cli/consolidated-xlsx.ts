/**
 * The consolidated summary as an .xlsx workbook: a sheet with the file × indicator table (header bold and frozen,
 * figures as numbers, shares as 0.0%, a filter on every column) and a sheet of status counts, overall with a
 * column chart beside them and per file below. Cells are written by exceljs; the chart, which exceljs cannot
 * write, is added to the package afterwards (`withColumnChart`).
 *
 * Text goes into cells as strings, which a spreadsheet never evaluates, and text columns are formatted `@`, so a
 * cell someone later edits and confirms stays text rather than becoming a formula.
 */
import { SUMMARY_MARKER } from "./replaceable";
import ExcelJS from "exceljs";
import type { ConsolidatedSummary } from "../core/consolidated";
import type { Locale } from "../core/messages";
import type { SummaryColumnKind } from "../core/summary-table";
import { summaryWords } from "./summary-words";
import { withColumnChart } from "./xlsx-chart";

const KIND_FORMATS: { readonly [K in SummaryColumnKind]: string } = {
  text: "@",
  number: "General",
  percent: "0.0%",
  year: "0",
};

/** Widths in characters, as Excel counts them (a CJK character is about two). */
const WIDTHS: Readonly<Record<string, number>> = {
  district: 12,
  file: 24,
  name: 36,
  unit: 8,
  target: 14,
  latest: 12,
  latestYear: 10,
  completion: 10,
  elapsed: 10,
  status: 16,
  explanation: 36,
  review: 28,
};

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };

/** Where the counts sheet puts things (0-based): the chart's data at A1:B8, the chart beside, per file below. */
const CHART_AT = { from: { column: 3, row: 0 }, to: { column: 11, row: 18 } } as const;
const PER_FILE_TITLE_ROW = 21;

/**
 * @example writeFileSync("汇总.xlsx", await consolidatedXlsx(consolidate(inputs, "zh-CN"), "zh-CN"))
 */
export async function consolidatedXlsx(consolidated: ConsolidatedSummary, locale: Locale): Promise<Uint8Array> {
  const words = summaryWords(locale);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "plan-monitor";
  // So a later run with --force knows this file as its own to replace, and nothing else.
  workbook.category = SUMMARY_MARKER;
  const table = workbook.addWorksheet(words.tableSheet, { views: [{ state: "frozen", xSplit: 1, ySplit: 1 }] });
  writeTable(table, consolidated);
  writeCounts(workbook.addWorksheet(words.countsSheet), consolidated, locale);

  const statuses = consolidated.statuses;
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return withColumnChart(bytes, {
    sheet: words.countsSheet,
    title: words.chartTitle,
    description: `${words.chartTitle}: ${statuses
      .map(({ status, label }) => `${label} ${consolidated.overall[status]}`)
      .join(locale === "zh-CN" ? "，" : ", ")}`,
    seriesName: { ref: "$B$1", text: words.countsHeader[1] },
    categories: { ref: `$A$2:$A$${statuses.length + 1}`, labels: statuses.map(({ label }) => label) },
    values: {
      ref: `$B$2:$B$${statuses.length + 1}`,
      numbers: statuses.map(({ status }) => consolidated.overall[status]),
    },
    ...CHART_AT,
  });
}

function writeTable(sheet: ExcelJS.Worksheet, consolidated: ConsolidatedSummary): void {
  const { columns, rows } = consolidated;
  sheet.columns = columns.map((column) => ({ key: column.key, width: WIDTHS[column.key] ?? 12 }));
  styleHeader(sheet.addRow(columns.map((column) => column.label)));
  for (const values of rows) {
    const row = sheet.addRow(values.map((value) => value ?? null));
    columns.forEach((column, index) => {
      const cell = row.getCell(index + 1);
      cell.numFmt = KIND_FORMATS[column.kind];
      if (column.kind === "text") cell.alignment = { vertical: "top", wrapText: true };
      else cell.alignment = { vertical: "top" };
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: columns.length } };
  sheet.pageSetup = {
    orientation: "landscape",
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: "1:1",
  };
}

function writeCounts(sheet: ExcelJS.Worksheet, consolidated: ConsolidatedSummary, locale: Locale): void {
  const words = summaryWords(locale);
  const { statuses, overall, perFile } = consolidated;
  sheet.columns = [16, 24, 12, 10, ...statuses.map(() => 14)].map((width) => ({ width }));
  styleHeader(sheet.getRow(1), [...words.countsHeader]);
  statuses.forEach(({ status, label }, index) => {
    const row = sheet.getRow(index + 2);
    row.getCell(1).value = label;
    row.getCell(2).value = overall[status];
  });
  const totalRow = sheet.getRow(statuses.length + 2);
  totalRow.getCell(1).value = words.total;
  totalRow.getCell(2).value = statuses.reduce((sum, { status }) => sum + overall[status], 0);
  totalRow.font = { bold: true };

  const title = sheet.getRow(PER_FILE_TITLE_ROW);
  title.getCell(1).value = words.perFileTitle;
  title.font = { bold: true };
  styleHeader(sheet.getRow(PER_FILE_TITLE_ROW + 1), [...words.perFileHeader, ...statuses.map(({ label }) => label)]);
  perFile.forEach((file, index) => {
    const row = sheet.getRow(PER_FILE_TITLE_ROW + 2 + index);
    const values = [
      file.district,
      file.file,
      file.reportingYear,
      file.indicators,
      ...statuses.map(({ status }) => file.byStatus[status]),
    ];
    values.forEach((value, column) => {
      row.getCell(column + 1).value = value;
    });
    row.getCell(1).numFmt = "@";
    row.getCell(2).numFmt = "@";
    row.getCell(3).numFmt = "0";
  });
  sheet.pageSetup = { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

function styleHeader(row: ExcelJS.Row, labels?: readonly string[]): void {
  labels?.forEach((label, index) => {
    row.getCell(index + 1).value = label;
  });
  row.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: "middle", wrapText: true };
  });
}
