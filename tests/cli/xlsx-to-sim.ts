/**
 * What Excel does when a person opens an .xlsx file: the file's sheets, values, formats, locks, validation,
 * column widths, frozen panes, protection and visibility, put into a fresh simulator through Excel's API, so the
 * add-in's actions run on a file the command line wrote. Formulas come in as their cached results (the simulator
 * does not calculate).
 */
import ExcelJS from "exceljs";
import { valueOf } from "../../src/cli/xlsx/cell-values";
import { createSimulator, type Simulator } from "../../src/workbench/simulator";

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The sheet protection of an exceljs sheet; its typings leave the model out. */
function protectionOf(sheet: ExcelJS.Worksheet): Partial<ExcelJS.WorksheetProtection> | null {
  const model = (sheet as unknown as { sheetProtection?: { sheet?: boolean } & Partial<ExcelJS.WorksheetProtection> })
    .sheetProtection;
  return model?.sheet === true ? model : null;
}

function columnsOf(sheet: ExcelJS.Worksheet) {
  return Array.from({ length: sheet.columnCount }, (_, index) => {
    const { letter, width, hidden } = sheet.getColumn(index + 1);
    return { letter, width, hidden };
  });
}

export async function xlsxToSim(bytes: Uint8Array, options: { readonly userName?: string } = {}): Promise<Simulator> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sim = createSimulator(options.userName === undefined ? {} : { userName: options.userName });
  await sim.run(async (context) => {
    const sheets = context.workbook.worksheets;
    for (const source of workbook.worksheets) {
      const target = sheets.add(source.name);
      source.eachRow({ includeEmpty: true }, (row) => {
        row.eachCell({ includeEmpty: true }, (cell) => {
          const range = target.getRange(cell.address);
          const value = valueOf(cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value, false);
          if (value !== "") range.values = [[typeof value === "string" ? `'${value}` : value]];
          if (cell.numFmt !== undefined && cell.numFmt !== "General") range.numberFormat = [[cell.numFmt]];
          if (cell.protection?.locked === false) range.format.protection.locked = false;
          if (cell.font?.bold === true) range.format.font.bold = true;
          if (cell.alignment?.wrapText === true) range.format.wrapText = true;
          const fill = cell.fill;
          if (fill?.type === "pattern" && fill.pattern === "solid" && fill.fgColor?.argb !== undefined) {
            range.format.fill.color = `#${fill.fgColor.argb.slice(2)}`;
          }
          const validation = cell.dataValidation;
          if (validation?.type === "decimal") {
            range.dataValidation.rule = {
              decimal: {
                operator: upperFirst(validation.operator ?? "between") as Excel.DataValidationOperator,
                formula1: Number(validation.formulae[0]),
                formula2: Number(validation.formulae[1]),
              },
            };
            range.dataValidation.prompt = {
              showPrompt: validation.showInputMessage === true,
              title: validation.promptTitle ?? "",
              message: validation.prompt ?? "",
            };
            range.dataValidation.errorAlert = {
              showAlert: validation.showErrorMessage === true,
              style: upperFirst(validation.errorStyle ?? "stop") as Excel.DataValidationAlertStyle,
              title: validation.errorTitle ?? "",
              message: validation.error ?? "",
            };
            range.dataValidation.ignoreBlanks = validation.allowBlank === true;
          }
        });
      });
      for (const { letter, width, hidden } of columnsOf(source)) {
        const range = target.getRange(`${letter}:${letter}`);
        if (width !== undefined) range.format.columnWidth = width * 7 * 0.75;
        if (hidden) range.columnHidden = true;
      }
      const view = (source.views as ExcelJS.WorksheetView[] | null)?.[0];
      if (view?.state === "frozen") {
        const rows = view.ySplit ?? 0;
        const columns = view.xSplit ?? 0;
        if (rows > 0 && columns > 0) target.freezePanes.freezeAt(target.getRangeByIndexes(0, 0, rows, columns));
        else if (rows > 0) target.freezePanes.freezeRows(rows);
        else if (columns > 0) target.freezePanes.freezeColumns(columns);
      }
      const protection = protectionOf(source);
      if (protection !== null) {
        target.protection.protect({
          allowSort: protection.sort === true,
          allowAutoFilter: protection.autoFilter === true,
          allowFormatColumns: protection.formatColumns === true,
          allowFormatRows: protection.formatRows === true,
          allowFormatCells: protection.formatCells === true,
          allowInsertRows: protection.insertRows === true,
          allowInsertColumns: protection.insertColumns === true,
          allowInsertHyperlinks: protection.insertHyperlinks === true,
          allowDeleteRows: protection.deleteRows === true,
          allowDeleteColumns: protection.deleteColumns === true,
          allowPivotTables: protection.pivotTables === true,
          allowEditObjects: protection.objects !== false,
          allowEditScenarios: protection.scenarios !== false,
        });
      }
      target.visibility = VISIBILITY[source.state];
    }
    // Excel opens the file itself, not a new workbook with a Sheet1 beside it.
    sheets.getItem("Sheet1").delete();
    const active = workbook.worksheets[workbook.views[0]?.activeTab ?? 0];
    if (active !== undefined) sheets.getItem(active.name).activate();
    await context.sync();
  });
  return sim;
}
