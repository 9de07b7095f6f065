/** The simulated `Excel.WorksheetCollection`. Sheet names compare case-insensitively, as in Excel. */
import { simError } from "../errors";
import { findSheet, newGuid, newSheet, type SheetData } from "../model";
import type { Transaction } from "../transaction";
import type { SimContext } from "../context";
import { CollectionObject, SimClientResult, type Scalars } from "./client-object";
import { SimEventHandlers } from "./event-handlers";
import type { WorkbookTarget } from "./targets";
import { WorksheetProxy, assertSheetName } from "./worksheet";

export class WorksheetCollectionProxy extends CollectionObject<WorkbookTarget, WorksheetProxy> {
  protected readonly className = "WorksheetCollection";
  protected readonly since = "1.1";
  protected readonly scalars: Scalars<WorkbookTarget> = {};
  private changedHandlers: SimEventHandlers | undefined;
  private selectionHandlers: SimEventHandlers | undefined;

  constructor(context: SimContext, path: string, workbook: WorkbookTarget) {
    super(context, path, () => workbook);
  }

  protected itemsIn(tx: Transaction): WorksheetProxy[] {
    return tx.draft.sheets.map(
      (sheet, i) => new WorksheetProxy(this.context, `${this.path}.items[${i}]`, () => ({ sheetId: sheet.id })),
    );
  }

  /** Adds a sheet at the end (without activating it); no name means the next free `SheetN`. */
  add(name?: string): WorksheetProxy {
    const sheet = new WorksheetProxy(this.context, this.childPath("add", name === undefined ? [] : [name]), () => {
      throw simError("ItemNotFound", "WorksheetCollection.add", "the worksheet was never created");
    });
    this.enqueue("add", name === undefined ? [] : [name], "1.1", (tx) => {
      let chosen = name;
      for (let n = tx.draft.sheets.length + 1; chosen === undefined; n++) {
        if (!findSheet(tx.draft, `Sheet${n}`)) chosen = `Sheet${n}`;
      }
      const created = newSheet(
        tx.draft.log,
        newGuid(tx.draft),
        assertSheetName(tx.draft, chosen, null, "WorksheetCollection.add"),
      );
      tx.draft.sheets.push(created);
      sheet.bindIn(tx, { sheetId: created.id });
    });
    return sheet;
  }

  private lookup(
    action: string,
    args: readonly unknown[],
    since: string,
    find: (tx: Transaction) => SheetData | undefined,
    nullable: boolean,
  ): WorksheetProxy {
    const child = new WorksheetProxy(this.context, this.childPath(action, args), (tx) => {
      const sheet = find(tx);
      if (sheet) return { sheetId: sheet.id };
      if (nullable) return null;
      throw simError("ItemNotFound", `WorksheetCollection.${action}`, `no worksheet "${String(args[0])}"`);
    });
    return this.adopt(child, action, args, since);
  }

  /** By name or id. */
  getItem(key: string): WorksheetProxy {
    return this.lookup("getItem", [key], "1.1", (tx) => findSheet(tx.draft, String(key)), false);
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return this.lookup("getItemOrNullObject", [key], "1.4", (tx) => findSheet(tx.draft, String(key)), true);
  }

  getActiveWorksheet(): WorksheetProxy {
    return this.lookup("getActiveWorksheet", [], "1.1", (tx) => findSheet(tx.draft, tx.draft.activeSheetId), false);
  }

  getCount(visibleOnly?: boolean): SimClientResult<number> {
    const result = new SimClientResult<number>("WorksheetCollection.getCount");
    this.enqueue("getCount", [visibleOnly ?? false], "1.4", (tx) =>
      result.deliver(tx, tx.draft.sheets.filter((s) => visibleOnly !== true || s.visibility === "Visible").length),
    );
    return result;
  }

  /** Every sheet's changes (ExcelApi 1.9). */
  get onChanged(): SimEventHandlers {
    this.changedHandlers ??= new SimEventHandlers(this.context, "changed", `${this.path}.onChanged`, "1.9", () => null);
    return this.changedHandlers;
  }

  get onSelectionChanged(): SimEventHandlers {
    this.selectionHandlers ??= new SimEventHandlers(
      this.context,
      "selection",
      `${this.path}.onSelectionChanged`,
      "1.9",
      () => null,
    );
    return this.selectionHandlers;
  }
}
