/**
 * `Excel.TableCollection`, `Excel.Table` and `Excel.TableRowCollection`. A table keeps its header row and at
 * least one data row; adding rows inserts cells below the table in its columns (as `alwaysInsert: true`).
 */
import { intersects, parseAddress, type Area } from "../address";
import { simError } from "../errors";
import { clearContents, clearFormats, readCell, shiftRows, writeEntry, type SheetData, type TableData } from "../model";
import { formatValue } from "../number-format";
import { assertPermitted } from "../protection";
import { writeEntries } from "../range-ops";
import type { Transaction } from "../transaction";
import { ClientObject, SimClientResult, type Loadable, type Scalars } from "./client-object";
import { RecordCollection } from "./record-collection";
import { RangeProxy } from "./range";
import type { RangeTarget } from "./targets";
import { WorksheetProxy } from "./worksheet";

export interface TableScope {
  /** null: the workbook's tables. */
  readonly sheetId: string | null;
}

export interface TableTarget {
  readonly tableId: string;
}

const TABLE_NAME = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;

function findTable(tx: Transaction, tableId: string, location: string): TableData {
  const table = tx.draft.tables.find((t) => t.id === tableId);
  if (!table) throw simError("ItemNotFound", location, "the table no longer exists");
  return table;
}

/** Header names from the first row: text of each cell, "ColumnN" when empty, made unique as Excel does. */
function headerNames(sheet: SheetData, area: Area, fromCells: boolean): string[] {
  const names: string[] = [];
  for (let column = area.left; column <= area.right; column++) {
    const cell = readCell(sheet, area.top, column);
    const text =
      fromCells && cell.value !== "" ? formatValue(cell.value, "General") : `Column${column - area.left + 1}`;
    let name = text;
    for (let n = 2; names.some((other) => other.toLowerCase() === name.toLowerCase()); n++) name = `${text}${n}`;
    names.push(name);
  }
  return names;
}

export class TableCollectionProxy extends RecordCollection<TableScope, TableData, TableProxy> {
  protected readonly className = "TableCollection";
  protected readonly since = "1.1";
  protected readonly noun = "table";

  protected records(tx: Transaction, scope: TableScope): TableData[] {
    return tx.draft.tables.filter((t) => scope.sheetId === null || t.sheetId === scope.sheetId);
  }

  /** Table names are case-insensitive in Excel. */
  protected names(table: TableData, key: string): boolean {
    return table.id === key || table.name.toLowerCase() === String(key).toLowerCase();
  }

  protected itemAt(path: string, find: (tx: Transaction) => TableData | null): TableProxy {
    return new TableProxy(this.context, path, (tx) => {
      const table = find(tx);
      return table === null ? null : { tableId: table.id };
    });
  }

  /** The sheet and cells a table is to cover, from a Range or an address. */
  private placement(
    tx: Transaction,
    scope: TableScope,
    address: Excel.Range | RangeProxy | string,
  ): { sheet: SheetData; area: Area } {
    const location = "TableCollection.add";
    if (address instanceof RangeProxy) {
      const target: RangeTarget = address.targetIn(tx, location);
      if (scope.sheetId !== null && target.sheetId !== scope.sheetId) {
        throw simError("InvalidArgument", location, "the range is on another worksheet");
      }
      return { sheet: tx.sheet(target.sheetId, location), area: target.area };
    }
    const parsed = typeof address === "string" ? parseAddress(address) : null;
    if (!parsed) throw simError("InvalidArgument", location, `"${String(address)}" is not an address`);
    const own = scope.sheetId ?? tx.draft.activeSheetId;
    const sheet = parsed.sheet === null ? tx.sheet(own, location) : tx.sheet(parsed.sheet, location);
    if (scope.sheetId !== null && sheet.id !== scope.sheetId) {
      throw simError("InvalidArgument", location, "the address is on another worksheet");
    }
    return { sheet, area: parsed.area };
  }

  /** Creates a table; without headers, Excel inserts a header row above the data (Column1, Column2, ...). */
  add(address: Excel.Range | RangeProxy | string, hasHeaders: boolean): TableProxy {
    if (address instanceof RangeProxy) this.sameContext(address, "add");
    const table = new TableProxy(this.context, this.childPath("add", [address, hasHeaders]), () => {
      throw simError("ItemNotFound", "TableCollection.add", "the table was never created");
    });
    this.enqueue("add", [address, hasHeaders], "1.1", (tx, scope) => {
      const location = "TableCollection.add";
      const { sheet, area: given } = this.placement(tx, scope, address);
      assertPermitted(sheet, null, location);
      if (tx.draft.tables.some((t) => t.sheetId === sheet.id && intersects(t.area, given))) {
        throw simError("InvalidOperation", location, "a table cannot overlap another table");
      }
      let area = given;
      if (hasHeaders !== true) {
        shiftRows(sheet, given.top, 1, given.left, given.right);
        area = { ...given, bottom: given.bottom + 1 };
      } else if (given.top === given.bottom) {
        area = { ...given, bottom: given.bottom + 1 };
      }
      headerNames(sheet, area, hasHeaders === true).forEach((name, i) =>
        writeEntry(sheet, area.top, area.left + i, { value: name, formula: null, numberFormat: null }),
      );
      let n = 1;
      while (tx.draft.tables.some((t) => t.name.toLowerCase() === `table${n}`)) n++;
      tx.draft.nextId += 1;
      const data: TableData = { id: String(tx.draft.nextId), name: `Table${n}`, sheetId: sheet.id, area };
      tx.draft.tables.push(data);
      table.bindIn(tx, { tableId: data.id });
    });
    return table;
  }
}

export class TableProxy extends ClientObject<TableTarget> {
  protected readonly className = "Table";
  protected readonly since = "1.1";
  private rowsProxy: TableRowCollectionProxy | undefined;
  private worksheetProxy: WorksheetProxy | undefined;

  protected readonly scalars: Scalars<TableTarget> = {
    id: (_tx, t) => t.tableId,
    name: (tx, t) => findTable(tx, t.tableId, "Table.name").name,
    showHeaders: () => true,
    showTotals: () => false,
  };

  protected override get navigations(): Readonly<Record<string, Loadable>> {
    return { rows: this.rows, worksheet: this.worksheet };
  }

  get id(): string {
    return this.read("id");
  }

  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.write("name", value, "1.1", (tx, t) => {
      const table = findTable(tx, t.tableId, "Table.name");
      const text = String(value);
      if (!TABLE_NAME.test(text) || text.length > 255 || /^[A-Za-z]{1,3}\d+$/.test(text)) {
        throw simError("InvalidArgument", "Table.name", `"${text}" is not a valid table name`);
      }
      if (tx.draft.tables.some((other) => other !== table && other.name.toLowerCase() === text.toLowerCase())) {
        throw simError("ItemAlreadyExists", "Table.name", `a table named "${text}" already exists`);
      }
      table.name = text;
    });
  }

  get showHeaders(): boolean {
    return this.read("showHeaders");
  }
  get showTotals(): boolean {
    return this.read("showTotals");
  }

  get rows(): TableRowCollectionProxy {
    this.rowsProxy ??= new TableRowCollectionProxy(this.context, `${this.path}.rows`, (tx) => this.resolveIn(tx));
    return this.rowsProxy;
  }

  get worksheet(): WorksheetProxy {
    this.worksheetProxy ??= new WorksheetProxy(this.context, `${this.path}.worksheet`, (tx) => {
      const target = this.resolveIn(tx);
      return target && { sheetId: findTable(tx, target.tableId, "Table.worksheet").sheetId };
    });
    return this.worksheetProxy;
  }

  private part(action: string, pick: (area: Area) => Area): RangeProxy {
    const child = new RangeProxy(this.context, this.childPath(action), (tx) => {
      const target = this.resolveIn(tx);
      if (target === null) return null;
      const table = findTable(tx, target.tableId, `Table.${action}`);
      return { sheetId: table.sheetId, area: pick(table.area) };
    });
    return this.adopt(child, action, [], "1.1");
  }

  getRange(): RangeProxy {
    return this.part("getRange", (area) => area);
  }

  getHeaderRowRange(): RangeProxy {
    return this.part("getHeaderRowRange", (area) => ({ ...area, bottom: area.top }));
  }

  getDataBodyRange(): RangeProxy {
    return this.part("getDataBodyRange", (area) => ({ ...area, top: area.top + 1 }));
  }

  /** Deletes the table and what it holds. */
  delete(): void {
    this.enqueue("delete", [], "1.1", (tx, t) => {
      const table = findTable(tx, t.tableId, "Table.delete");
      const sheet = tx.sheet(table.sheetId, "Table.delete");
      assertPermitted(sheet, null, "Table.delete");
      clearContents(sheet, table.area);
      clearFormats(sheet, table.area);
      tx.draft.tables = tx.draft.tables.filter((other) => other !== table);
    });
  }

  /** Turns the table back into plain cells, keeping values. */
  convertToRange(): RangeProxy {
    const child = new RangeProxy(this.context, this.childPath("convertToRange"), () => {
      throw simError("ItemNotFound", "Table.convertToRange", "the table was never converted");
    });
    this.enqueue("convertToRange", [], "1.2", (tx, t) => {
      const table = findTable(tx, t.tableId, "Table.convertToRange");
      assertPermitted(tx.sheet(table.sheetId, "Table.convertToRange"), null, "Table.convertToRange");
      tx.draft.tables = tx.draft.tables.filter((other) => other !== table);
      child.bindIn(tx, { sheetId: table.sheetId, area: table.area });
    });
    return child;
  }
}

export class TableRowCollectionProxy extends ClientObject<TableTarget> {
  protected readonly className = "TableRowCollection";
  protected readonly since = "1.1";

  protected readonly scalars: Scalars<TableTarget> = {
    count: (tx, t) => {
      const { area } = findTable(tx, t.tableId, "TableRowCollection.count");
      return area.bottom - area.top;
    },
  };

  get count(): number {
    return this.read("count");
  }

  getCount(): SimClientResult<number> {
    const result = new SimClientResult<number>("TableRowCollection.getCount");
    this.enqueue("getCount", [], "1.4", (tx, t) => {
      const { area } = findTable(tx, t.tableId, "TableRowCollection.getCount");
      result.deliver(tx, area.bottom - area.top);
    });
    return result;
  }

  /**
   * Inserts rows at `index` among the data rows (at the end when null or omitted), filled with `values` when
   * given. Returns nothing, unlike Excel's `TableRow`: the adapter does not use it.
   */
  add(index?: number | null, values?: readonly (readonly unknown[])[]): void {
    this.enqueue("add", [index ?? null, values ?? null], "1.1", (tx, t) => {
      const location = "TableRowCollection.add";
      const table = findTable(tx, t.tableId, location);
      const sheet = tx.sheet(table.sheetId, location);
      assertPermitted(sheet, null, location);
      const dataRows = table.area.bottom - table.area.top;
      const at = index ?? dataRows;
      if (!Number.isInteger(at) || at < 0 || at > dataRows) {
        throw simError("InvalidArgument", location, `index must be 0 to ${dataRows}`);
      }
      if (values !== undefined && !Array.isArray(values)) {
        throw simError("InvalidArgument", location, "values must be an array of rows");
      }
      const count = values === undefined ? 1 : values.length;
      if (count < 1) throw simError("InvalidArgument", location, "values must have at least one row");
      const first = table.area.top + 1 + at;
      shiftRows(sheet, first, count, table.area.left, table.area.right);
      table.area = { ...table.area, bottom: table.area.bottom + count };
      if (values !== undefined) {
        const area = { top: first, left: table.area.left, bottom: first + count - 1, right: table.area.right };
        writeEntries(tx, sheet, area, values, location);
      }
    });
  }
}
