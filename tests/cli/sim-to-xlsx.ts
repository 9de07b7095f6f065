/**
 * What Excel saves when a person saves a workbook the add-in worked on: the simulator's workbook written to an
 * .xlsx file with exceljs, independently of the command line's own writer, so a test of the command line reads
 * a file the add-in made. Values (a formula with its value as the cached result), number formats, locks, fills,
 * bold, wrapping, data validation, column widths and hidden columns, frozen panes, protection and sheet
 * visibility (the state sheet stays veryHidden).
 */
import ExcelJS from "exceljs";
import type { Simulator } from "../../src/workbench/simulator";

const VISIBILITY = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" } as const;

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

function letters(column: number): string {
  let text = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  return text;
}

function bottomRight(usedRange: string): { readonly rows: number; readonly columns: number } {
  const corner = usedRange.split(":").pop() ?? usedRange;
  const match = /^([A-Z]+)(\d+)$/u.exec(corner);
  if (match === null) throw new Error(`unexpected used range ${usedRange}`);
  let columns = 0;
  for (const letter of match[1] ?? "") columns = columns * 26 + letter.charCodeAt(0) - 64;
  return { rows: Number(match[2]), columns };
}

export async function simToWorkbook(sim: Simulator): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  for (const name of sim.workbook.sheetNames) {
    const view = sim.workbook.sheet(name);
    if (view === undefined) continue;
    const sheet = workbook.addWorksheet(name, { state: VISIBILITY[view.visibility] });
    if (view.usedRange !== null) {
      const { rows, columns } = bottomRight(view.usedRange);
      for (let row = 1; row <= rows; row++) {
        for (let column = 1; column <= columns; column++) {
          const address = `${letters(column)}${row}`;
          const cell = sim.workbook.cell(name, address);
          if (cell === undefined) continue;
          const target = sheet.getCell(address);
          if (cell.formula !== null) target.value = { formula: cell.formula.replace(/^=/u, ""), result: cell.value };
          else if (cell.value !== "") target.value = cell.value;
          if (cell.numberFormat !== "General") target.numFmt = cell.numberFormat;
          if (!cell.locked) target.protection = { locked: false };
          if (cell.fill !== null) {
            target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${cell.fill.replace("#", "")}` } };
          }
          if (cell.bold) target.font = { bold: true };
          if (cell.wrapText) target.alignment = { wrapText: true };
          const validation = cell.validation;
          if (validation !== null && validation.rule !== null && validation.rule.type === "Decimal") {
            target.dataValidation = {
              type: "decimal",
              operator: lowerFirst(validation.rule.operator) as ExcelJS.DataValidationOperator,
              allowBlank: validation.ignoreBlanks,
              formulae: [Number(validation.rule.formula1), Number(validation.rule.formula2)],
              showInputMessage: validation.prompt.showPrompt,
              promptTitle: validation.prompt.title,
              prompt: validation.prompt.message,
              showErrorMessage: validation.errorAlert.showAlert,
              errorStyle: lowerFirst(validation.errorAlert.style),
            };
          }
        }
      }
      for (let column = 1; column <= columns; column++) {
        const points = sim.workbook.columnWidth(name, letters(column));
        if (points !== undefined) sheet.getColumn(column).width = points / 0.75 / 7;
      }
    }
    for (const hidden of view.hiddenColumns) sheet.getColumn(hidden).hidden = true;
    if (view.frozenRows > 0 || view.frozenColumns > 0) {
      sheet.views = [{ state: "frozen", xSplit: view.frozenColumns, ySplit: view.frozenRows }];
    }
    if (view.protection.protected) {
      const options = view.protection.options;
      await sheet.protect("", {
        objects: options.allowEditObjects,
        scenarios: options.allowEditScenarios,
        selectLockedCells: options.selectionMode === "Normal",
        selectUnlockedCells: options.selectionMode !== "None",
        formatCells: options.allowFormatCells,
        formatColumns: options.allowFormatColumns,
        formatRows: options.allowFormatRows,
        insertColumns: options.allowInsertColumns,
        insertRows: options.allowInsertRows,
        insertHyperlinks: options.allowInsertHyperlinks,
        deleteColumns: options.allowDeleteColumns,
        deleteRows: options.allowDeleteRows,
        sort: options.allowSort,
        autoFilter: options.allowAutoFilter,
        pivotTables: options.allowPivotTables,
      });
    }
  }
  return workbook;
}

/** The simulator's workbook as the bytes of an .xlsx file. */
export async function simToXlsx(sim: Simulator): Promise<Uint8Array> {
  return new Uint8Array(await (await simToWorkbook(sim)).xlsx.writeBuffer());
}
