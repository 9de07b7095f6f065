/**
 * A person working in the workbook while the add-in runs: typing, pasting, sorting, inserting and deleting rows,
 * renaming, clearing, selecting. Each action is refused as Excel refuses it (protection, data validation with a
 * Stop alert on typed entries; pasting bypasses validation, as in Excel) and raises the events Excel raises.
 * Rows are 1-based as the person sees them; columns are letters.
 */
import { MAX_COLUMNS, MAX_ROWS, columnIndex, parseAddress, type Area } from "./address";
import { interpretEntry, type CellValue } from "./cell-entry";
import { simError } from "./errors";
import { cellKey, cellsIn, effectiveFormat, keyColumn, keyRow, readCell, shiftRows, type SheetData } from "./model";
import type { LoggedMap } from "./journal";
import { assertCellsEditable, assertPermitted } from "./protection";
import { clearRange, listItemsResolver, writeEntries } from "./range-ops";
import type { SimulatorHost, UserResult } from "./host";
import type { EventSourceKind, Transaction } from "./transaction";
import { acceptsEntry } from "./validation-rules";
import { assertSheetName, neighbourVisible } from "./proxies/worksheet";

export interface UserOptions {
  /** "Remote" simulates a co-author's change. Default "Local". */
  readonly source?: EventSourceKind;
}

const OK: UserResult = { ok: true };

function locate(
  tx: Transaction,
  sheetName: string,
  address: string,
  location: string,
): { sheet: SheetData; area: Area } {
  const sheet = tx.sheet(sheetName, location);
  const parsed = parseAddress(address);
  if (!parsed) throw simError("InvalidArgument", location, `"${address}" is not an address`);
  return { sheet, area: parsed.area };
}

function requireRows(first: number, count: number, location: string): void {
  if (!Number.isInteger(first) || !Number.isInteger(count) || first < 1 || count < 1 || first + count - 1 > MAX_ROWS) {
    throw simError("InvalidArgument", location, "rows are 1-based and counts at least 1");
  }
}

const wholeRows = (top: number, bottom: number): Area => ({ top, bottom, left: 0, right: MAX_COLUMNS - 1 });

/** Excel's sort order: numbers, then text (ignoring case), then booleans; blanks last in both directions. */
function sortRank(value: CellValue): number {
  if (value === "") return 3;
  return typeof value === "number" ? 0 : typeof value === "string" ? 1 : 2;
}

function compareValues(a: CellValue, b: CellValue, ascending: boolean): number {
  const ra = sortRank(a);
  const rb = sortRank(b);
  if (ra === 3 || rb === 3) return ra - rb;
  const sign = ascending ? 1 : -1;
  if (ra !== rb) return sign * (ra - rb);
  if (typeof a === "string" && typeof b === "string")
    return sign * a.localeCompare(b, undefined, { sensitivity: "base" });
  return sign * (Number(a) - Number(b));
}

export class SimUser {
  constructor(private readonly host: SimulatorHost) {}

  /** Types `value` into the cell at `address` (its top-left cell) and presses Enter. */
  edit(sheet: string, address: string, value: string | number | boolean, options?: UserOptions): UserResult {
    return this.host.userAction(options?.source ?? "Local", (tx) => {
      const located = locate(tx, sheet, address, "user.edit");
      const { top, left } = located.area;
      const cell = { top, left, bottom: top, right: left };
      assertCellsEditable(located.sheet, cell, "user.edit");
      const format = effectiveFormat(located.sheet, top, left);
      const entry = interpretEntry(value, format.numberFormat);
      if (entry === undefined)
        throw simError("InvalidArgument", "user.edit", "a person types text, numbers or booleans");
      const validation = format.validation;
      const refuses =
        validation?.rule &&
        validation.errorAlert.showAlert &&
        validation.errorAlert.style === "Stop" &&
        !acceptsEntry(
          validation.rule,
          entry.value,
          validation.ignoreBlanks,
          listItemsResolver(tx.draft, located.sheet),
        );
      if (refuses) {
        const message =
          validation.errorAlert.message ||
          "This value doesn't match the data validation restrictions defined for this cell.";
        return { ok: false, code: "ValidationRejected", message };
      }
      writeEntries(tx, located.sheet, cell, value, "user.edit");
      return OK;
    });
  }

  /** Pastes a block of values with its top-left corner at `address`; one change event without details. */
  paste(
    sheet: string,
    address: string,
    values: readonly (readonly (string | number | boolean)[])[],
    options?: UserOptions,
  ): UserResult {
    return this.host.userAction(options?.source ?? "Local", (tx) => {
      const located = locate(tx, sheet, address, "user.paste");
      const columns = values[0]?.length ?? 0;
      if (columns === 0 || values.some((row) => row.length !== columns)) {
        throw simError("InvalidArgument", "user.paste", "a pasted block is a non-empty rectangle");
      }
      const { top, left } = located.area;
      const area = { top, left, bottom: top + values.length - 1, right: left + columns - 1 };
      if (area.bottom >= MAX_ROWS || area.right >= MAX_COLUMNS) {
        throw simError("InvalidArgument", "user.paste", "the block does not fit on the sheet");
      }
      writeEntries(tx, located.sheet, area, values, "user.paste");
      return OK;
    });
  }

  /** Sorts rows `firstRow..lastRow` by the values in column `byColumn`, moving whole rows with their formats. */
  sortRows(sheet: string, firstRow: number, lastRow: number, byColumn: string, ascending = true): UserResult {
    return this.host.userAction("Local", (tx) => {
      const target = tx.sheet(sheet, "user.sortRows");
      requireRows(firstRow, lastRow - firstRow + 1, "user.sortRows");
      const column = columnIndex(byColumn);
      if (column === null) throw simError("InvalidArgument", "user.sortRows", `"${byColumn}" is not a column`);
      const top = firstRow - 1;
      const bottom = lastRow - 1;
      const cells = [...cellsIn(target, wholeRows(top, bottom))];
      if (target.protection.protected) {
        assertPermitted(target, "allowSort", "user.sortRows");
        const columns = cells.map(([, c]) => c);
        if (columns.length > 0) {
          assertCellsEditable(
            target,
            { top, bottom, left: Math.min(...columns), right: Math.max(...columns) },
            "user.sortRows",
          );
        }
      }
      const order = Array.from({ length: lastRow - firstRow + 1 }, (_, i) => top + i).sort((a, b) =>
        compareValues(readCell(target, a, column).value, readCell(target, b, column).value, ascending),
      );
      const destination = new Map(order.map((from, i) => [from, top + i]));
      const move = <T>(map: LoggedMap<number, T>): LoggedMap<number, T> =>
        map.rebuilt([...map].map(([row, value]) => [destination.get(row) ?? row, value]));
      const moveCells = <T>(map: LoggedMap<number, T>): LoggedMap<number, T> =>
        map.rebuilt(
          [...map].map(([key, value]) => [cellKey(destination.get(keyRow(key)) ?? keyRow(key), keyColumn(key)), value]),
        );
      target.cells = moveCells(target.cells);
      target.notes = moveCells(target.notes);
      target.rowFormats = move(target.rowFormats);
      target.rowHeights = move(target.rowHeights);
      target.hiddenRows = target.hiddenRows.rebuilt([...target.hiddenRows].map((row) => destination.get(row) ?? row));
      tx.recordChange(target, wholeRows(top, bottom), "RangeEdited");
      return OK;
    });
  }

  /** Inserts `count` rows above row `beforeRow`; tables below move down and tables spanning it grow. */
  insertRows(sheet: string, beforeRow: number, count = 1): UserResult {
    return this.host.userAction("Local", (tx) => {
      const target = tx.sheet(sheet, "user.insertRows");
      requireRows(beforeRow, count, "user.insertRows");
      assertPermitted(target, "allowInsertRows", "user.insertRows");
      const at = beforeRow - 1;
      shiftRows(target, at, count);
      for (const table of tx.draft.tables.filter((t) => t.sheetId === target.id)) {
        if (table.area.top >= at)
          table.area = { ...table.area, top: table.area.top + count, bottom: table.area.bottom + count };
        else if (table.area.bottom >= at) table.area = { ...table.area, bottom: table.area.bottom + count };
      }
      tx.recordChange(target, wholeRows(at, at + count - 1), "RowInserted");
      return OK;
    });
  }

  /**
   * Deletes `count` rows from row `firstRow`. On a protected sheet Excel needs `allowDeleteRows` and every cell
   * of those rows unlocked. A table loses the deleted rows; deleting its header row alone is refused.
   */
  deleteRows(sheet: string, firstRow: number, count = 1): UserResult {
    return this.host.userAction("Local", (tx) => {
      const target = tx.sheet(sheet, "user.deleteRows");
      requireRows(firstRow, count, "user.deleteRows");
      const top = firstRow - 1;
      const bottom = top + count - 1;
      assertPermitted(target, "allowDeleteRows", "user.deleteRows");
      assertCellsEditable(target, wholeRows(top, bottom), "user.deleteRows");
      const kept = [];
      for (const table of tx.draft.tables) {
        const { area } = table;
        if (table.sheetId !== target.id || area.bottom < top) kept.push(table);
        else if (area.top > bottom) {
          table.area = { ...area, top: area.top - count, bottom: area.bottom - count };
          kept.push(table);
        } else if (area.top >= top && area.bottom <= bottom) continue;
        else if (area.top >= top)
          throw simError("InvalidOperation", "user.deleteRows", "a table's header row cannot be deleted alone");
        else {
          const removed = Math.min(bottom, area.bottom) - top + 1;
          table.area = { ...area, bottom: Math.max(area.top + 1, area.bottom - removed) };
          kept.push(table);
        }
      }
      tx.draft.tables = kept;
      shiftRows(target, top, -count);
      tx.recordChange(target, wholeRows(top, bottom), "RowDeleted");
      return OK;
    });
  }

  renameSheet(oldName: string, newName: string): UserResult {
    return this.host.userAction("Local", (tx) => {
      const target = tx.sheet(oldName, "user.renameSheet");
      target.name = assertSheetName(tx.draft, newName, target.id, "user.renameSheet");
      return OK;
    });
  }

  /** Selects cells and presses Delete: contents go, formats and validation stay. */
  clear(sheet: string, address: string, options?: UserOptions): UserResult {
    return this.host.userAction(options?.source ?? "Local", (tx) => {
      const located = locate(tx, sheet, address, "user.clear");
      clearRange(tx, located.sheet, located.area, "Contents", "user.clear");
      return OK;
    });
  }

  /** Clicks a sheet tab and selects `address` on it. */
  select(sheet: string, address: string): UserResult {
    return this.host.userAction("Local", (tx) => {
      const located = locate(tx, sheet, address, "user.select");
      if (located.sheet.visibility !== "Visible") {
        throw simError("InvalidOperation", "user.select", `"${located.sheet.name}" is hidden`);
      }
      tx.draft.activeSheetId = located.sheet.id;
      located.sheet.selection = located.area;
      tx.recordSelection(located.sheet, located.area);
      return OK;
    });
  }

  /** Hides or shows a sheet from its tab menu (a person cannot make a sheet very hidden). */
  setSheetHidden(sheet: string, hidden: boolean): UserResult {
    return this.host.userAction("Local", (tx) => {
      const target = tx.sheet(sheet, "user.setSheetHidden");
      if (target.visibility === "VeryHidden") {
        throw simError(
          "InvalidOperation",
          "user.setSheetHidden",
          "a very hidden sheet is not listed for people to unhide",
        );
      }
      if (hidden) {
        const neighbour = neighbourVisible(tx.draft, target);
        if (!neighbour) throw simError("InvalidOperation", "user.setSheetHidden", "one sheet must stay visible");
        if (tx.draft.activeSheetId === target.id) tx.draft.activeSheetId = neighbour.id;
      }
      target.visibility = hidden ? "Hidden" : "Visible";
      return OK;
    });
  }
}
