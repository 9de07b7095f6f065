/**
 * The simulated Excel host: owns the workbook, runs each sync as a transaction, counts and sizes the requests,
 * and raises events. A failed sync rejects and, as in Excel, keeps the operations before the failing one: code
 * that switches events off or unprotects a sheet early in a batch must cope with a failure later in it. (Option
 * `atomicFailures` applies nothing instead.) A transaction costs what it touches: a draft of the small records plus an undo log of the big ones (journal.ts).
 */
import { formatArea } from "./address";
import { SimContext, type Host } from "./context";
import { SimulatorError, simError, type SimErrorCode } from "./errors";
import { EventHub, nextTask } from "./events";
import { draftOf, type WorkbookData } from "./model";
import { jsonBytes } from "./payload";
import { versionAtLeast, type RequirementSets } from "./requirements";
import { Transaction, type EventRecord, type EventSourceKind, type Operation, type TriggerSource } from "./transaction";

interface Applied {
  /** What stopped the operations, or null. */
  readonly failure: unknown;
  /** How many operations took effect before it. */
  readonly applied: number;
}

export interface Limits {
  /** Largest request a sync may send, in estimated bytes (see payload.ts). */
  readonly requestBytes: number;
  /** Largest response a sync may receive, in estimated bytes. */
  readonly responseBytes: number;
}

export interface RequestRecord {
  /** Estimated request size: UTF-8 bytes of the JSON of the queued operations. */
  readonly bytes: number;
  /** Estimated response size: UTF-8 bytes of the JSON of the loaded values. */
  readonly responseBytes: number;
  readonly operations: number;
  /** The error code the sync failed with, or null. */
  readonly error: SimErrorCode | null;
}

/** A simulated person's action: done, or refused the way Excel refuses it. */
export type UserResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly code: SimErrorCode | "ValidationRejected"; readonly message: string };

export class SimulatorHost implements Host {
  readonly events: EventHub;
  readonly requests: RequestRecord[] = [];
  syncs = 0;
  eventsEnabled = true;

  constructor(
    public data: WorkbookData,
    readonly requirementSets: RequirementSets,
    readonly limits: Limits,
    readonly userName: string,
    /** A failed sync applies nothing (the old, simpler model) instead of keeping what came before the failure. */
    readonly atomicFailures = false,
  ) {
    this.events = new EventHub((event) => this.eventArgs(event));
  }

  /** The ExcelApi version the host claims; "0" when the set is not configured at all. */
  get excelApi(): string {
    return Object.entries(this.requirementSets).find(([name]) => name.toLowerCase() === "excelapi")?.[1] ?? "0";
  }

  async sync(context: SimContext): Promise<void> {
    const operations = context.takeQueue();
    this.syncs += 1;
    const bytes = jsonBytes(operations.map(({ action, object, args }) => ({ action, object, args })));
    let tx = this.begin("ThisLocalAddin", "Local");
    const outcome: Applied =
      bytes > this.limits.requestBytes
        ? {
            failure: simError(
              "RequestPayloadSizeLimitExceeded",
              "RequestContext.sync",
              `estimated request: ${bytes} bytes`,
            ),
            applied: 0,
          }
        : this.applyAll(tx, operations);
    const { failure } = outcome;
    this.requests.push({
      bytes,
      responseBytes: tx.responseBytes,
      operations: operations.length,
      error: failure instanceof SimulatorError ? failure.code : failure === null ? null : "GeneralException",
    });
    const partial = failure !== null && !this.atomicFailures && outcome.applied > 0;
    this.end(tx, failure === null);
    if (partial) {
      // As Excel: what came before the failing operation stays applied. Replayed on a fresh draft, so an
      // operation that failed halfway leaves nothing of itself.
      tx = this.begin("ThisLocalAddin", "Local");
      const replay = this.applyAll(tx, operations.slice(0, outcome.applied));
      this.end(tx, replay.failure === null);
    }
    // The reply arrives on a later task, as from Excel: nothing loaded is readable before `await context.sync()`.
    await nextTask();
    if (failure !== null) {
      // A failed request loads nothing into the proxies, but the changes that stayed raise their events.
      if (partial) this.events.deliver(tx.events);
      throw failure;
    }
    tx.commit();
    this.events.deliver(tx.events);
  }

  /** A transaction on a draft of the workbook, with the undo log recording. */
  private begin(triggerSource: TriggerSource, source: EventSourceKind): Transaction {
    this.data.log.begin();
    return new Transaction(draftOf(this.data), this.eventsEnabled, triggerSource, source);
  }

  /** Keeps the draft, or drops it and undoes its changes to the collections it shared. */
  private end(tx: Transaction, keep: boolean): void {
    if (!keep) {
      this.data.log.rollback();
      return;
    }
    this.data.log.commit();
    this.data = tx.draft;
    this.eventsEnabled = tx.eventsEnabled;
  }

  /**
   * Applies the operations in order; says what stopped them (a non-Office error is a simulator bug) and how many
   * succeeded before. A response over the limit fails the whole request: nothing counts as applied.
   */
  private applyAll(tx: Transaction, operations: readonly Operation[]): Applied {
    let applied = 0;
    try {
      for (const operation of operations) {
        if (!versionAtLeast(this.excelApi, operation.since)) {
          throw simError(
            "ApiNotFound",
            operation.action,
            `needs ExcelApi ${operation.since}; this host has ${this.excelApi}`,
          );
        }
        operation.apply(tx);
        applied += 1;
      }
    } catch (error) {
      return { failure: error ?? simError("GeneralException", "RequestContext.sync"), applied };
    }
    if (tx.responseBytes > this.limits.responseBytes) {
      return {
        failure: simError(
          "ResponsePayloadSizeLimitExceeded",
          "RequestContext.sync",
          `estimated response: ${tx.responseBytes} bytes`,
        ),
        applied: 0,
      };
    }
    return { failure: null, applied };
  }

  /** Runs a person's action as one transaction; events carry triggerSource "Unknown". */
  userAction(source: EventSourceKind, action: (tx: Transaction) => UserResult): UserResult {
    const tx = this.begin("Unknown", source);
    let result: UserResult;
    try {
      result = action(tx);
    } catch (error) {
      this.end(tx, false);
      if (error instanceof SimulatorError) return { ok: false, code: error.code, message: error.message };
      throw error;
    }
    this.end(tx, result.ok);
    if (!result.ok) return result;
    tx.commit();
    this.events.deliver(tx.events);
    return result;
  }

  /** `Excel.WorksheetChangedEventArgs` / `WorksheetSelectionChangedEventArgs` for a recorded event. */
  private eventArgs(event: EventRecord): unknown {
    const address = formatArea(event.area);
    if (event.kind === "selection") {
      return { type: "WorksheetSelectionChanged", address, worksheetId: event.sheetId };
    }
    const range = (context: unknown, nullable: boolean): unknown => {
      if (!(context instanceof SimContext))
        throw simError("InvalidRequestContext", "WorksheetChangedEventArgs.getRange");
      const sheets = context.workbook.worksheets;
      const sheet = nullable ? sheets.getItemOrNullObject(event.sheetId) : sheets.getItem(event.sheetId);
      return sheet.getRange(address);
    };
    return {
      type: "WorksheetChanged",
      address,
      changeType: event.changeType,
      source: event.source,
      worksheetId: event.sheetId,
      details: event.details,
      ...(versionAtLeast(this.excelApi, "1.14") ? { triggerSource: event.triggerSource } : {}),
      getRange: (context: unknown) => range(context, false),
      getRangeOrNullObject: (context: unknown) => range(context, true),
    };
  }
}
