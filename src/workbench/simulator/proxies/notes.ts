/**
 * `Excel.NoteCollection` (a worksheet's or the workbook's) and `Excel.Note`: cell notes, ExcelApi 1.18. A cell
 * holds at most one note; adding another fails with InvalidArgument, as in Excel. Notes are objects over the
 * cells, so on a protected sheet adding, editing and deleting them needs `allowEditObjects`.
 */
import { formatAddress, parseAddress, type Area } from "../address";
import { simError } from "../errors";
import { cellKey, keyColumn, keyRow, newGuid, type NoteData, type SheetData } from "../model";
import { assertPermitted } from "../protection";
import type { Transaction } from "../transaction";
import { ClientObject, CollectionObject, SimClientResult, type Scalars } from "./client-object";
import { RangeProxy } from "./range";

const NOTES_SINCE = "1.18";

export interface NoteScope {
  /** null: every note in the workbook. */
  readonly sheetId: string | null;
}

export interface NoteTarget {
  readonly sheetId: string;
  readonly noteId: string;
}

interface Located {
  readonly sheet: SheetData;
  readonly key: number;
  readonly note: NoteData;
}

/** The note with this id, wherever its rows have moved; ItemNotFound once it (or its sheet) is gone. */
function findNote(tx: Transaction, target: NoteTarget, location: string): Located {
  const sheet = tx.sheet(target.sheetId, location);
  for (const [key, note] of sheet.notes) if (note.id === target.noteId) return { sheet, key, note };
  throw simError("ItemNotFound", location, "the note no longer exists");
}

/** One cell, given as a Range or an address ("B7", "指标!B7"); a bare address means the scope's sheet. */
function cellOf(tx: Transaction, scope: NoteScope, cell: unknown, location: string): { sheet: SheetData; area: Area } {
  let placed: { sheet: SheetData; area: Area };
  if (cell instanceof RangeProxy) {
    const target = cell.targetIn(tx, location);
    placed = { sheet: tx.sheet(target.sheetId, location), area: target.area };
  } else {
    const parsed = typeof cell === "string" ? parseAddress(cell) : null;
    if (!parsed) throw simError("InvalidArgument", location, `"${String(cell)}" is not a cell address`);
    // As `tables.add` does, the workbook's collection reads a bare address on the active sheet.
    const sheetName = parsed.sheet ?? scope.sheetId ?? tx.draft.activeSheetId;
    placed = { sheet: tx.sheet(sheetName, location), area: parsed.area };
  }
  if (scope.sheetId !== null && placed.sheet.id !== scope.sheetId) {
    throw simError("InvalidArgument", location, "the cell is on another worksheet");
  }
  const { area } = placed;
  if (area.top !== area.bottom || area.left !== area.right) {
    throw simError("InvalidArgument", location, "a note belongs to a single cell");
  }
  return placed;
}

export class NoteProxy extends ClientObject<NoteTarget> {
  protected readonly className = "Note";
  protected readonly since = NOTES_SINCE;

  protected readonly scalars: Scalars<NoteTarget> = {
    content: (tx, t) => findNote(tx, t, "Note.content").note.content,
    authorName: (tx, t) => findNote(tx, t, "Note.authorName").note.authorName,
  };

  get content(): string {
    return this.read("content");
  }
  set content(value: string) {
    this.write("content", value, NOTES_SINCE, (tx, t) => {
      const { sheet, key, note } = findNote(tx, t, "Note.content");
      assertPermitted(sheet, "allowEditObjects", "Note.content");
      if (typeof value !== "string") throw simError("InvalidArgument", "Note.content", "a note's content is text");
      sheet.notes.set(key, { ...note, content: value });
    });
  }

  get authorName(): string {
    return this.read("authorName");
  }

  delete(): void {
    this.enqueue("delete", [], NOTES_SINCE, (tx, t) => {
      const { sheet, key } = findNote(tx, t, "Note.delete");
      assertPermitted(sheet, "allowEditObjects", "Note.delete");
      sheet.notes.delete(key);
    });
  }

  /** The cell the note is on, where it is at the sync. */
  getLocation(): RangeProxy {
    const child = new RangeProxy(this.context, this.childPath("getLocation"), (tx) => {
      const target = this.resolveIn(tx);
      if (target === null) return null;
      const { key } = findNote(tx, target, "Note.getLocation");
      const row = keyRow(key);
      const column = keyColumn(key);
      return { sheetId: target.sheetId, area: { top: row, left: column, bottom: row, right: column } };
    });
    return this.adopt(child, "getLocation", [], NOTES_SINCE);
  }
}

export class NoteCollectionProxy extends CollectionObject<NoteScope, NoteProxy> {
  protected readonly className = "NoteCollection";
  protected readonly since = NOTES_SINCE;
  protected readonly scalars: Scalars<NoteScope> = {};

  /** The notes in scope, sheet by sheet in tab order, then row by row. */
  private inScope(tx: Transaction, scope: NoteScope): NoteTarget[] {
    const sheets = scope.sheetId === null ? tx.draft.sheets : [tx.sheet(scope.sheetId, `${this.className}.items`)];
    return sheets.flatMap((sheet) =>
      [...sheet.notes].sort(([a], [b]) => a - b).map(([, note]) => ({ sheetId: sheet.id, noteId: note.id })),
    );
  }

  protected itemsIn(tx: Transaction, scope: NoteScope): NoteProxy[] {
    return this.inScope(tx, scope).map(
      (target, i) => new NoteProxy(this.context, `${this.path}.items[${i}]`, () => target),
    );
  }

  getCount(): SimClientResult<number> {
    const result = new SimClientResult<number>("NoteCollection.getCount");
    this.enqueue("getCount", [], NOTES_SINCE, (tx, scope) => result.deliver(tx, this.inScope(tx, scope).length));
    return result;
  }

  /** A note picked at sync: missing → ItemNotFound, or a null object when `nullable`. */
  private pick(
    action: string,
    args: readonly unknown[],
    nullable: boolean,
    choose: (tx: Transaction, scope: NoteScope) => NoteTarget | undefined,
  ): NoteProxy {
    const location = `NoteCollection.${action}`;
    const child = new NoteProxy(this.context, this.childPath(action, args), (tx) => {
      const scope = this.resolveIn(tx);
      if (scope === null) return null;
      const target = choose(tx, scope);
      if (target) return target;
      if (nullable) return null;
      throw simError("ItemNotFound", location, `no note at ${args.map(String).join(", ")}`);
    });
    return this.adopt(child, action, args, NOTES_SINCE);
  }

  private atCell(action: string, key: string, nullable: boolean): NoteProxy {
    return this.pick(action, [key], nullable, (tx, scope) => {
      const { sheet, area } = cellOf(tx, scope, key, `NoteCollection.${action}`);
      const note = sheet.notes.get(cellKey(area.top, area.left));
      return note && { sheetId: sheet.id, noteId: note.id };
    });
  }

  /** The note on a cell ("B7"); ItemNotFound when the cell has none. */
  getItem(key: string): NoteProxy {
    return this.atCell("getItem", key, false);
  }

  getItemOrNullObject(key: string): NoteProxy {
    return this.atCell("getItemOrNullObject", key, true);
  }

  getItemAt(index: number): NoteProxy {
    return this.pick("getItemAt", [index], false, (tx, scope) =>
      Number.isInteger(index) ? this.inScope(tx, scope)[index] : undefined,
    );
  }

  /** Adds a note to a cell that has none (InvalidArgument otherwise, as Excel refuses a second note). */
  add(cellAddress: Excel.Range | RangeProxy | string, content: string): NoteProxy {
    if (cellAddress instanceof RangeProxy) this.sameContext(cellAddress, "add");
    const location = "NoteCollection.add";
    const note = new NoteProxy(this.context, this.childPath("add", [cellAddress, content]), () => {
      throw simError("ItemNotFound", location, "the note was never created");
    });
    this.enqueue("add", [cellAddress, content], NOTES_SINCE, (tx, scope) => {
      const { sheet, area } = cellOf(tx, scope, cellAddress, location);
      assertPermitted(sheet, "allowEditObjects", location);
      if (typeof content !== "string") throw simError("InvalidArgument", location, "a note's content is text");
      const key = cellKey(area.top, area.left);
      if (sheet.notes.has(key)) {
        const where = formatAddress(sheet.name, area);
        throw simError("InvalidArgument", location, `${where} already has a note; edit or delete it instead`);
      }
      const data: NoteData = { id: newGuid(tx.draft), content, authorName: this.context.host.userName };
      sheet.notes.set(key, data);
      note.bindIn(tx, { sheetId: sheet.id, noteId: data.id });
    });
    return note;
  }
}
