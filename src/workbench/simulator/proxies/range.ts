/** The simulated `Excel.Range`. */
import {
  MAX_COLUMNS,
  MAX_ROWS,
  areaCells,
  areaColumns,
  areaRows,
  formatAddress,
  intersection,
  isOnGrid,
  isWholeColumns,
  isWholeRows,
  type Area,
} from "../address";
import { valueType, type CellValue } from "../cell-entry";
import { simError } from "../errors";
import { cellsIn, clearContents, effectiveFormat, readCell, usedArea, type SheetData } from "../model";
import { assertCellsEditable, assertPermitted } from "../protection";
import { cellText, clearRange, readGrid, writeEntries, writeNumberFormats } from "../range-ops";
import type { Transaction } from "../transaction";
import { ClientObject, type Loadable, type Scalars } from "./client-object";
import { DataValidationProxy } from "./data-validation";
import { RangeFormatProxy } from "./range-format";
import type { RangeTarget } from "./targets";
import { WorksheetProxy } from "./worksheet";

/** How many of the indices `from..to` are in the set: all (true), none (false) or some (null). */
function hiddenState(hidden: ReadonlySet<number>, from: number, to: number): boolean | null {
  let count = 0;
  for (const index of hidden) if (index >= from && index <= to) count++;
  return count === 0 ? false : count === to - from + 1 ? true : null;
}

function setHidden(hidden: Set<number>, from: number, to: number, value: boolean): void {
  for (let i = from; i <= to; i++) {
    if (value) hidden.add(i);
    else hidden.delete(i);
  }
}

function requireBoolean(value: unknown, location: string): boolean {
  if (typeof value !== "boolean") throw simError("InvalidArgument", location, "expected true or false");
  return value;
}

function requireIndex(value: unknown, location: string): number {
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw simError("InvalidArgument", location, `expected an integer, got ${String(value)}`);
  }
  return value;
}

export class RangeProxy extends ClientObject<RangeTarget> {
  protected readonly className = "Range";
  protected readonly since = "1.1";
  private formatProxy: RangeFormatProxy | undefined;
  private validationProxy: DataValidationProxy | undefined;
  private worksheetProxy: WorksheetProxy | undefined;

  private static sheet(tx: Transaction, target: RangeTarget, property: string): SheetData {
    return tx.sheet(target.sheetId, `Range.${property}`);
  }

  private static cells<V>(property: string, cell: (sheet: SheetData, row: number, column: number) => V) {
    return (tx: Transaction, target: RangeTarget): V[][] => {
      const sheet = RangeProxy.sheet(tx, target, property);
      return readGrid(target.area, `Range.${property}`, (row, column) => cell(sheet, row, column));
    };
  }

  protected readonly scalars: Scalars<RangeTarget> = {
    address: (tx, t) => formatAddress(RangeProxy.sheet(tx, t, "address").name, t.area),
    addressLocal: (tx, t) => formatAddress(RangeProxy.sheet(tx, t, "addressLocal").name, t.area),
    rowIndex: (_tx, t) => t.area.top,
    columnIndex: (_tx, t) => t.area.left,
    rowCount: (_tx, t) => areaRows(t.area),
    columnCount: (_tx, t) => areaColumns(t.area),
    cellCount: (_tx, t) => areaCells(t.area),
    isEntireColumn: (_tx, t) => isWholeColumns(t.area),
    isEntireRow: (_tx, t) => isWholeRows(t.area),
    values: RangeProxy.cells("values", (sheet, row, column) => readCell(sheet, row, column).value),
    formulas: RangeProxy.cells("formulas", (sheet, row, column) => {
      const cell = readCell(sheet, row, column);
      return cell.formula ?? cell.value;
    }),
    numberFormat: RangeProxy.cells(
      "numberFormat",
      (sheet, row, column) => effectiveFormat(sheet, row, column).numberFormat,
    ),
    text: RangeProxy.cells("text", cellText),
    valueTypes: RangeProxy.cells("valueTypes", (sheet, row, column) => {
      const cell = readCell(sheet, row, column);
      return valueType(cell.value, cell.formula);
    }),
    columnHidden: (tx, t) =>
      hiddenState(RangeProxy.sheet(tx, t, "columnHidden").hiddenColumns, t.area.left, t.area.right),
    rowHidden: (tx, t) => hiddenState(RangeProxy.sheet(tx, t, "rowHidden").hiddenRows, t.area.top, t.area.bottom),
  };

  protected override get navigations(): Readonly<Record<string, Loadable>> {
    return { format: this.format, dataValidation: this.dataValidation, worksheet: this.worksheet };
  }

  get address(): string {
    return this.read("address");
  }
  get addressLocal(): string {
    return this.read("addressLocal");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }
  get isEntireColumn(): boolean {
    return this.read("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this.read("isEntireRow");
  }
  get text(): string[][] {
    return this.read("text");
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }

  get values(): CellValue[][] {
    return this.read("values");
  }
  set values(input: unknown) {
    this.write("values", input, "1.1", (tx, t) =>
      writeEntries(tx, RangeProxy.sheet(tx, t, "values"), t.area, input, "Range.values"),
    );
  }

  get formulas(): CellValue[][] {
    return this.read("formulas");
  }
  set formulas(input: unknown) {
    this.write("formulas", input, "1.1", (tx, t) =>
      writeEntries(tx, RangeProxy.sheet(tx, t, "formulas"), t.area, input, "Range.formulas"),
    );
  }

  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(input: unknown) {
    this.write("numberFormat", input, "1.1", (tx, t) =>
      writeNumberFormats(RangeProxy.sheet(tx, t, "numberFormat"), t.area, input, "Range.numberFormat"),
    );
  }

  get columnHidden(): boolean {
    return this.read("columnHidden");
  }
  set columnHidden(hidden: unknown) {
    this.write("columnHidden", hidden, "1.2", (tx, t) => {
      const sheet = RangeProxy.sheet(tx, t, "columnHidden");
      const value = requireBoolean(hidden, "Range.columnHidden");
      assertPermitted(sheet, "allowFormatColumns", "Range.columnHidden");
      setHidden(sheet.hiddenColumns, t.area.left, t.area.right, value);
    });
  }

  get rowHidden(): boolean {
    return this.read("rowHidden");
  }
  set rowHidden(hidden: unknown) {
    this.write("rowHidden", hidden, "1.2", (tx, t) => {
      const sheet = RangeProxy.sheet(tx, t, "rowHidden");
      const value = requireBoolean(hidden, "Range.rowHidden");
      assertPermitted(sheet, "allowFormatRows", "Range.rowHidden");
      setHidden(sheet.hiddenRows, t.area.top, t.area.bottom, value);
    });
  }

  get format(): RangeFormatProxy {
    this.formatProxy ??= new RangeFormatProxy(this.context, `${this.path}.format`, (tx) => this.resolveIn(tx));
    return this.formatProxy;
  }

  get dataValidation(): DataValidationProxy {
    this.validationProxy ??= new DataValidationProxy(this.context, `${this.path}.dataValidation`, (tx) =>
      this.resolveIn(tx),
    );
    return this.validationProxy;
  }

  get worksheet(): WorksheetProxy {
    this.worksheetProxy ??= new WorksheetProxy(this.context, `${this.path}.worksheet`, (tx) => {
      const target = this.resolveIn(tx);
      return target && { sheetId: target.sheetId };
    });
    return this.worksheetProxy;
  }

  /**
   * A range computed from this one when the sync runs. `compute` returns null when there is no such range:
   * ItemNotFound, or a null object when `nullable`.
   */
  private derive(
    action: string,
    args: readonly unknown[],
    since: string,
    compute: (area: Area, sheet: SheetData) => Area | null,
    nullable = false,
  ): RangeProxy {
    const location = `Range.${action}`;
    const child = new RangeProxy(this.context, this.childPath(action, args), (tx) => {
      const parent = this.resolveIn(tx);
      if (parent === null) return null;
      const area = compute(parent.area, tx.sheet(parent.sheetId, location));
      if (area === null) {
        if (nullable) return null;
        throw simError("ItemNotFound", location, "there is no such range");
      }
      if (!isOnGrid(area))
        throw simError("InvalidArgument", location, "the resulting range lies outside the worksheet");
      return { sheetId: parent.sheetId, area };
    });
    return this.adopt(child, action, args, since);
  }

  getCell(row: number, column: number): RangeProxy {
    return this.derive("getCell", [row, column], "1.1", (area) => {
      const r = area.top + requireIndex(row, "Range.getCell");
      const c = area.left + requireIndex(column, "Range.getCell");
      return { top: r, left: c, bottom: r, right: c };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derive("getResizedRange", [deltaRows, deltaColumns], "1.3", (area) => ({
      ...area,
      bottom: area.bottom + requireIndex(deltaRows, "Range.getResizedRange"),
      right: area.right + requireIndex(deltaColumns, "Range.getResizedRange"),
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this.derive("getOffsetRange", [rowOffset, columnOffset], "1.1", (area) => {
      const dr = requireIndex(rowOffset, "Range.getOffsetRange");
      const dc = requireIndex(columnOffset, "Range.getOffsetRange");
      return { top: area.top + dr, bottom: area.bottom + dr, left: area.left + dc, right: area.right + dc };
    });
  }

  getRow(index: number): RangeProxy {
    return this.derive("getRow", [index], "1.1", (area) => {
      const i = requireIndex(index, "Range.getRow");
      if (i < 0 || i >= areaRows(area))
        throw simError("InvalidArgument", "Range.getRow", `row ${i} is outside the range`);
      return { ...area, top: area.top + i, bottom: area.top + i };
    });
  }

  getColumn(index: number): RangeProxy {
    return this.derive("getColumn", [index], "1.1", (area) => {
      const i = requireIndex(index, "Range.getColumn");
      if (i < 0 || i >= areaColumns(area)) {
        throw simError("InvalidArgument", "Range.getColumn", `column ${i} is outside the range`);
      }
      return { ...area, left: area.left + i, right: area.left + i };
    });
  }

  getEntireRow(): RangeProxy {
    return this.derive("getEntireRow", [], "1.1", (area) => ({ ...area, left: 0, right: MAX_COLUMNS - 1 }));
  }

  getEntireColumn(): RangeProxy {
    return this.derive("getEntireColumn", [], "1.1", (area) => ({ ...area, top: 0, bottom: MAX_ROWS - 1 }));
  }

  /** The used part of this range; Excel throws ItemNotFound when it has no used cell. */
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return this.derive("getUsedRange", [valuesOnly ?? false], "1.1", (area, sheet) => {
      const used = usedArea(sheet, valuesOnly === true);
      return used && intersection(used, area);
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return this.derive(
      "getUsedRangeOrNullObject",
      [valuesOnly ?? false],
      "1.4",
      (area, sheet) => {
        const used = usedArea(sheet, valuesOnly === true);
        return used && intersection(used, area);
      },
      true,
    );
  }

  /** Selects the range, activating its sheet; a hidden sheet cannot be selected. */
  select(): void {
    this.enqueue("select", [], "1.1", (tx, t) => {
      const sheet = RangeProxy.sheet(tx, t, "select");
      if (sheet.visibility !== "Visible") {
        throw simError("InvalidOperation", "Range.select", `"${sheet.name}" is hidden`);
      }
      tx.draft.activeSheetId = sheet.id;
      sheet.selection = t.area;
      tx.recordSelection(sheet, t.area);
    });
  }

  clear(applyTo?: string): void {
    this.enqueue("clear", [applyTo ?? "All"], "1.1", (tx, t) =>
      clearRange(tx, RangeProxy.sheet(tx, t, "clear"), t.area, applyTo, "Range.clear"),
    );
  }

  /** Merges the range (each row apart when `across`); only the top-left value of each merged area is kept. */
  merge(across?: boolean): void {
    this.enqueue("merge", [across ?? false], "1.2", (tx, t) => {
      const sheet = RangeProxy.sheet(tx, t, "merge");
      assertPermitted(sheet, null, "Range.merge");
      assertCellsEditable(sheet, t.area, "Range.merge");
      const areas: Area[] = [];
      if (across === true) {
        for (let row = t.area.top; row <= t.area.bottom; row++) areas.push({ ...t.area, top: row, bottom: row });
      } else areas.push(t.area);
      for (const area of areas) {
        for (const [row, column] of [...cellsIn(sheet, area)]) {
          if (row !== area.top || column !== area.left)
            clearContents(sheet, { top: row, left: column, bottom: row, right: column });
        }
      }
      sheet.merges = [...sheet.merges.filter((m) => intersection(m, t.area) === null), ...areas];
    });
  }

  unmerge(): void {
    this.enqueue("unmerge", [], "1.2", (tx, t) => {
      const sheet = RangeProxy.sheet(tx, t, "unmerge");
      assertPermitted(sheet, null, "Range.unmerge");
      sheet.merges = sheet.merges.filter((m) => intersection(m, t.area) === null);
    });
  }
}
