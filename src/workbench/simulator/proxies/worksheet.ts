/** The simulated `Excel.Worksheet`. */
import { WHOLE_SHEET, isOnGrid, parseAddress, type Area } from "../address";
import { VISIBILITIES } from "../enums";
import { simError } from "../errors";
import { usedArea, type SheetData, type Visibility, type WorkbookData } from "../model";
import { sheetNameProblem } from "../sheet-names";
import type { Transaction } from "../transaction";
import { ChartCollectionProxy } from "./charts";
import { ClientObject, type Loadable, type Scalars } from "./client-object";
import { SimEventHandlers } from "./event-handlers";
import { FreezePanesProxy } from "./freeze-panes";
import { NoteCollectionProxy } from "./notes";
import { RangeProxy } from "./range";
import { TableCollectionProxy } from "./tables";
import type { SheetTarget } from "./targets";
import { WorksheetProtectionProxy } from "./worksheet-protection";

/** Throws what Excel throws for a name it refuses or one another sheet already has. */
export function assertSheetName(data: WorkbookData, name: unknown, ownId: string | null, location: string): string {
  const problem = sheetNameProblem(name);
  if (problem !== null) throw simError("InvalidArgument", location, problem);
  const text = String(name);
  if (data.sheets.some((s) => s.id !== ownId && s.name.toLowerCase() === text.toLowerCase())) {
    throw simError("ItemAlreadyExists", location, `a worksheet named "${text}" already exists`);
  }
  return text;
}

/** The sheet to show when `sheet` stops being visible or goes away: the next visible one, else the previous. */
export function neighbourVisible(data: WorkbookData, sheet: SheetData): SheetData | undefined {
  const index = data.sheets.indexOf(sheet);
  const visible = (s: SheetData): boolean => s !== sheet && s.visibility === "Visible";
  return data.sheets.slice(index + 1).find(visible) ?? data.sheets.slice(0, index).reverse().find(visible);
}

export class WorksheetProxy extends ClientObject<SheetTarget> {
  protected readonly className = "Worksheet";
  protected readonly since = "1.1";
  private protectionProxy: WorksheetProtectionProxy | undefined;
  private freezePanesProxy: FreezePanesProxy | undefined;
  private tablesProxy: TableCollectionProxy | undefined;
  private chartsProxy: ChartCollectionProxy | undefined;
  private notesProxy: NoteCollectionProxy | undefined;
  private changedHandlers: SimEventHandlers | undefined;
  private selectionHandlers: SimEventHandlers | undefined;

  private static sheet(tx: Transaction, target: SheetTarget, property: string): SheetData {
    return tx.sheet(target.sheetId, `Worksheet.${property}`);
  }

  protected readonly scalars: Scalars<SheetTarget> = {
    id: (_tx, t) => t.sheetId,
    name: (tx, t) => WorksheetProxy.sheet(tx, t, "name").name,
    position: (tx, t) => tx.draft.sheets.indexOf(WorksheetProxy.sheet(tx, t, "position")),
    visibility: (tx, t) => WorksheetProxy.sheet(tx, t, "visibility").visibility,
  };

  protected override get navigations(): Readonly<Record<string, Loadable>> {
    return {
      protection: this.protection,
      freezePanes: this.freezePanes,
      tables: this.tables,
      charts: this.charts,
      notes: this.notes,
    };
  }

  get id(): string {
    return this.read("id");
  }

  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.write("name", value, "1.1", (tx, t) => {
      const sheet = WorksheetProxy.sheet(tx, t, "name");
      sheet.name = assertSheetName(tx.draft, value, sheet.id, "Worksheet.name");
    });
  }

  get position(): number {
    return this.read("position");
  }
  set position(value: number) {
    this.write("position", value, "1.1", (tx, t) => {
      const sheet = WorksheetProxy.sheet(tx, t, "position");
      const sheets = tx.draft.sheets;
      if (!Number.isInteger(value) || value < 0 || value >= sheets.length) {
        throw simError("InvalidArgument", "Worksheet.position", `position must be 0 to ${sheets.length - 1}`);
      }
      const others = sheets.filter((s) => s !== sheet);
      tx.draft.sheets = [...others.slice(0, value), sheet, ...others.slice(value)];
    });
  }

  get visibility(): Visibility {
    return this.read("visibility");
  }
  /** Excel keeps at least one sheet visible, and shows another sheet when the active one is hidden. */
  set visibility(value: Visibility) {
    this.write("visibility", value, "1.1", (tx, t) => {
      const sheet = WorksheetProxy.sheet(tx, t, "visibility");
      const visibility = VISIBILITIES.find((v) => v === value);
      if (!visibility)
        throw simError("InvalidArgument", "Worksheet.visibility", `"${String(value)}" is not a visibility`);
      if (visibility !== "Visible") {
        const neighbour = neighbourVisible(tx.draft, sheet);
        if (!neighbour) {
          throw simError("InvalidOperation", "Worksheet.visibility", "a workbook must keep at least one visible sheet");
        }
        if (tx.draft.activeSheetId === sheet.id) tx.draft.activeSheetId = neighbour.id;
      }
      sheet.visibility = visibility;
    });
  }

  get protection(): WorksheetProtectionProxy {
    this.protectionProxy ??= new WorksheetProtectionProxy(this.context, `${this.path}.protection`, (tx) =>
      this.resolveIn(tx),
    );
    return this.protectionProxy;
  }

  get freezePanes(): FreezePanesProxy {
    this.freezePanesProxy ??= new FreezePanesProxy(this.context, `${this.path}.freezePanes`, (tx) =>
      this.resolveIn(tx),
    );
    return this.freezePanesProxy;
  }

  get tables(): TableCollectionProxy {
    this.tablesProxy ??= new TableCollectionProxy(this.context, `${this.path}.tables`, (tx) => {
      const target = this.resolveIn(tx);
      return target && { sheetId: target.sheetId };
    });
    return this.tablesProxy;
  }

  get charts(): ChartCollectionProxy {
    this.chartsProxy ??= new ChartCollectionProxy(this.context, `${this.path}.charts`, (tx) => this.resolveIn(tx));
    return this.chartsProxy;
  }

  /** The sheet's cell notes (ExcelApi 1.18). */
  get notes(): NoteCollectionProxy {
    this.notesProxy ??= new NoteCollectionProxy(this.context, `${this.path}.notes`, (tx) => {
      const target = this.resolveIn(tx);
      return target && { sheetId: target.sheetId };
    });
    return this.notesProxy;
  }

  /** The sheet's id for event registration; the sheet must exist when the registration syncs. */
  private sheetIdFor(location: string) {
    return (tx: Transaction): string => this.targetIn(tx, location).sheetId;
  }

  get onChanged(): SimEventHandlers {
    this.changedHandlers ??= new SimEventHandlers(
      this.context,
      "changed",
      `${this.path}.onChanged`,
      "1.7",
      this.sheetIdFor("Worksheet.onChanged"),
    );
    return this.changedHandlers;
  }

  get onSelectionChanged(): SimEventHandlers {
    this.selectionHandlers ??= new SimEventHandlers(
      this.context,
      "selection",
      `${this.path}.onSelectionChanged`,
      "1.7",
      this.sheetIdFor("Worksheet.onSelectionChanged"),
    );
    return this.selectionHandlers;
  }

  /** A range on this sheet computed at sync; `compute` returning null means ItemNotFound (or null when `nullable`). */
  private range(
    action: string,
    args: readonly unknown[],
    since: string,
    compute: (sheet: SheetData) => Area | null,
    nullable = false,
  ): RangeProxy {
    const location = `Worksheet.${action}`;
    const child = new RangeProxy(this.context, this.childPath(action, args), (tx) => {
      const target = this.resolveIn(tx);
      if (target === null) return null;
      const area = compute(tx.sheet(target.sheetId, location));
      if (area === null) {
        if (nullable) return null;
        throw simError("ItemNotFound", location, "there is no such range");
      }
      if (!isOnGrid(area)) throw simError("InvalidArgument", location, "the range lies outside the worksheet");
      return { sheetId: target.sheetId, area };
    });
    return this.adopt(child, action, args, since);
  }

  /** `getRange()` is the whole sheet; an address naming another sheet is refused. */
  getRange(address?: string): RangeProxy {
    const args = address === undefined ? [] : [address];
    return this.range("getRange", args, "1.1", (sheet) => {
      if (address === undefined) return WHOLE_SHEET;
      const parsed = typeof address === "string" ? parseAddress(address) : null;
      if (!parsed) throw simError("InvalidArgument", "Worksheet.getRange", `"${String(address)}" is not an address`);
      if (parsed.sheet !== null && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
        throw simError("InvalidArgument", "Worksheet.getRange", `"${address}" is not on worksheet "${sheet.name}"`);
      }
      return parsed.area;
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    return this.range("getRangeByIndexes", [startRow, startColumn, rowCount, columnCount], "1.7", () => {
      const all = [startRow, startColumn, rowCount, columnCount];
      if (!all.every(Number.isInteger) || rowCount < 1 || columnCount < 1) {
        throw simError(
          "InvalidArgument",
          "Worksheet.getRangeByIndexes",
          "indexes must be integers and counts at least 1",
        );
      }
      return {
        top: startRow,
        left: startColumn,
        bottom: startRow + rowCount - 1,
        right: startColumn + columnCount - 1,
      };
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return this.range("getCell", [row, column], "1.1", () => {
      if (!Number.isInteger(row) || !Number.isInteger(column)) {
        throw simError("InvalidArgument", "Worksheet.getCell", "row and column must be integers");
      }
      return { top: row, left: column, bottom: row, right: column };
    });
  }

  /** The used range; an empty sheet answers A1, as Excel does. */
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return this.range(
      "getUsedRange",
      [valuesOnly ?? false],
      "1.1",
      (sheet) => usedArea(sheet, valuesOnly === true) ?? { top: 0, left: 0, bottom: 0, right: 0 },
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return this.range(
      "getUsedRangeOrNullObject",
      [valuesOnly ?? false],
      "1.4",
      (sheet) => usedArea(sheet, valuesOnly === true),
      true,
    );
  }

  /** Deletes the sheet with its tables and charts; the last visible sheet cannot go. */
  delete(): void {
    this.enqueue("delete", [], "1.1", (tx, t) => {
      const sheet = WorksheetProxy.sheet(tx, t, "delete");
      const neighbour = neighbourVisible(tx.draft, sheet);
      if (!neighbour)
        throw simError("InvalidOperation", "Worksheet.delete", "a workbook must keep at least one visible sheet");
      if (tx.draft.activeSheetId === sheet.id) tx.draft.activeSheetId = neighbour.id;
      tx.draft.sheets = tx.draft.sheets.filter((s) => s !== sheet);
      tx.draft.tables = tx.draft.tables.filter((table) => table.sheetId !== sheet.id);
      tx.draft.charts = tx.draft.charts.filter((chart) => chart.sheetId !== sheet.id);
    });
  }

  activate(): void {
    this.enqueue("activate", [], "1.1", (tx, t) => {
      const sheet = WorksheetProxy.sheet(tx, t, "activate");
      if (sheet.visibility !== "Visible") {
        throw simError("InvalidOperation", "Worksheet.activate", `"${sheet.name}" is hidden`);
      }
      tx.draft.activeSheetId = sheet.id;
    });
  }
}
