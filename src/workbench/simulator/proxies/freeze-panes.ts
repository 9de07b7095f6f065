/**
 * `Excel.WorksheetFreezePanes` (ExcelApi 1.7). As with Excel's Freeze Top Row / First Column commands, freezing
 * rows replaces any frozen columns and vice versa; `freezeAt` freezes both.
 */
import { MAX_COLUMNS, MAX_ROWS, parseAddress, type Area } from "../address";
import { simError } from "../errors";
import type { SheetData } from "../model";
import type { Transaction } from "../transaction";
import { ClientObject, type Scalars } from "./client-object";
import { RangeProxy } from "./range";
import type { RangeTarget, SheetTarget } from "./targets";

function requireCount(count: unknown, max: number, location: string): number {
  if (typeof count !== "number" || !Number.isInteger(count) || count < 0 || count >= max) {
    throw simError("InvalidArgument", location, `expected a count from 0 to ${max - 1}`);
  }
  return count;
}

/** The frozen cells as a range: rows `1:n`, columns `A:B`, or the top-left block; null when nothing is frozen. */
function frozenArea(sheet: SheetData): Area | null {
  const { frozenRows: rows, frozenColumns: columns } = sheet;
  if (rows === 0 && columns === 0) return null;
  return {
    top: 0,
    left: 0,
    bottom: rows === 0 ? MAX_ROWS - 1 : rows - 1,
    right: columns === 0 ? MAX_COLUMNS - 1 : columns - 1,
  };
}

export class FreezePanesProxy extends ClientObject<SheetTarget> {
  protected readonly className = "WorksheetFreezePanes";
  protected readonly since = "1.7";
  protected readonly scalars: Scalars<SheetTarget> = {};

  private freeze(
    action: string,
    args: readonly unknown[],
    set: (sheet: SheetData, location: string, tx: Transaction) => void,
  ): void {
    this.enqueue(action, args, "1.7", (tx, t) => {
      const location = `WorksheetFreezePanes.${action}`;
      set(tx.sheet(t.sheetId, location), location, tx);
    });
  }

  freezeRows(count?: number): void {
    this.freeze("freezeRows", [count ?? 1], (sheet, location) => {
      sheet.frozenRows = requireCount(count ?? 1, MAX_ROWS, location);
      sheet.frozenColumns = 0;
    });
  }

  freezeColumns(count?: number): void {
    this.freeze("freezeColumns", [count ?? 1], (sheet, location) => {
      sheet.frozenColumns = requireCount(count ?? 1, MAX_COLUMNS, location);
      sheet.frozenRows = 0;
    });
  }

  /** Freezes the rows and columns above and left of the end of `frozenRange` (a Range or an address). */
  freezeAt(frozenRange: Excel.Range | RangeProxy | string): void {
    if (frozenRange instanceof RangeProxy) this.sameContext(frozenRange, "freezeAt");
    this.freeze("freezeAt", [frozenRange], (sheet, location, tx) => {
      const area =
        frozenRange instanceof RangeProxy
          ? (frozenRange.targetIn(tx, location) as RangeTarget).area
          : parseAddress(String(frozenRange))?.area;
      if (!area) throw simError("InvalidArgument", location, `"${String(frozenRange)}" is not an address`);
      sheet.frozenRows = area.bottom === MAX_ROWS - 1 ? 0 : area.bottom + 1;
      sheet.frozenColumns = area.right === MAX_COLUMNS - 1 ? 0 : area.right + 1;
    });
  }

  unfreeze(): void {
    this.freeze("unfreeze", [], (sheet) => {
      sheet.frozenRows = 0;
      sheet.frozenColumns = 0;
    });
  }

  getLocationOrNullObject(): RangeProxy {
    const location = "WorksheetFreezePanes.getLocationOrNullObject";
    const child = new RangeProxy(this.context, this.childPath("getLocationOrNullObject"), (tx) => {
      const target = this.resolveIn(tx);
      if (target === null) return null;
      const area = frozenArea(tx.sheet(target.sheetId, location));
      return area && { sheetId: target.sheetId, area };
    });
    return this.adopt(child, "getLocationOrNullObject", [], "1.7");
  }
}
