/**
 * One sync's worth of work. Operations change a draft copy of the workbook; the simulator keeps the draft, the
 * loaded values and the events when every operation succeeded. When one fails, the host replays those before it
 * on a fresh draft and keeps that, as Excel does (see host.ts).
 */
import type { Area } from "./address";
import { simError } from "./errors";
import { findSheet, type SheetData, type WorkbookData } from "./model";
import type { CellValue } from "./cell-entry";

export type TriggerSource = "ThisLocalAddin" | "Unknown";
export type EventSourceKind = "Local" | "Remote";
export type ChangeType = "RangeEdited" | "RowInserted" | "RowDeleted";

export interface ChangeDetails {
  readonly valueBefore: CellValue;
  readonly valueAfter: CellValue;
  readonly valueTypeBefore: string;
  readonly valueTypeAfter: string;
}

export interface ChangeRecord {
  readonly kind: "changed";
  readonly sheetId: string;
  readonly area: Area;
  readonly changeType: ChangeType;
  readonly details: ChangeDetails | undefined;
  readonly source: EventSourceKind;
  readonly triggerSource: TriggerSource;
}

export interface SelectionRecord {
  readonly kind: "selection";
  readonly sheetId: string;
  readonly area: Area;
}

export type EventRecord = ChangeRecord | SelectionRecord;

/** A queued operation, as sent to Excel (action, object path, arguments) plus what it does to the draft. */
export interface Operation {
  readonly action: string;
  readonly object: string;
  readonly args: readonly unknown[];
  /** The ExcelApi version that introduced the API. */
  readonly since: string;
  readonly apply: (tx: Transaction) => void;
}

export class Transaction {
  readonly events: EventRecord[] = [];
  responseBytes = 0;
  private readonly commitHooks: (() => void)[] = [];
  private readonly memo = new Map<object, unknown>();

  constructor(
    readonly draft: WorkbookData,
    public eventsEnabled: boolean,
    readonly triggerSource: TriggerSource,
    readonly source: EventSourceKind,
  ) {}

  /** Runs `hook` only if the whole transaction succeeds (updates proxies, registers handlers). */
  onCommit(hook: () => void): void {
    this.commitHooks.push(hook);
  }

  commit(): void {
    for (const hook of this.commitHooks) hook();
  }

  remembers(key: object): boolean {
    return this.memo.has(key);
  }

  recall(key: object): unknown {
    return this.memo.get(key);
  }

  remember(key: object, value: unknown): void {
    this.memo.set(key, value);
  }

  /** The sheet with this id (or name), or ItemNotFound: it may have been deleted since the proxy was made. */
  sheet(idOrName: string, location: string): SheetData {
    const sheet = findSheet(this.draft, idOrName);
    if (!sheet) throw simError("ItemNotFound", location, `no worksheet "${idOrName}"`);
    return sheet;
  }

  recordChange(sheet: SheetData, area: Area, changeType: ChangeType, details?: ChangeDetails): void {
    if (!this.eventsEnabled) return;
    this.events.push({
      kind: "changed",
      sheetId: sheet.id,
      area,
      changeType,
      details,
      source: this.source,
      triggerSource: this.triggerSource,
    });
  }

  recordSelection(sheet: SheetData, area: Area): void {
    if (this.eventsEnabled) this.events.push({ kind: "selection", sheetId: sheet.id, area });
  }
}
