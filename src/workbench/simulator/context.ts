/**
 * The simulated `Excel.RequestContext`: a queue of operations that `sync()` sends to the host in one batch.
 */
import { simError } from "./errors";
import type { EventHub } from "./events";
import type { Operation } from "./transaction";
import { RuntimeProxy } from "./proxies/runtime";
import { WorkbookProxy } from "./proxies/workbook";

/** What a context needs of the simulator behind it. */
export interface Host {
  sync(context: SimContext): Promise<void>;
  readonly events: EventHub;
  /** Who is at the keyboard: the author of the notes the add-in adds. */
  readonly userName: string;
}

export class SimContext {
  readonly workbook: WorkbookProxy;
  readonly runtime: RuntimeProxy;
  /** Tracking only matters to Excel's memory; the simulator keeps every proxy usable within its context. */
  readonly trackedObjects = {
    add: (): void => undefined,
    remove: (): void => undefined,
  };
  private queue: Operation[] = [];
  private active = false;

  constructor(readonly host: Host) {
    this.workbook = new WorkbookProxy(this);
    this.runtime = new RuntimeProxy(this);
  }

  /** True while an `Excel.run` batch owns the context. */
  get isActive(): boolean {
    return this.active;
  }

  setActive(active: boolean): void {
    this.active = active;
  }

  /**
   * Queues an operation. A context whose `Excel.run` has finished refuses at once: in Excel such operations are
   * silently never sent, which hides the bug.
   */
  enqueue(operation: Operation): void {
    if (!this.active) {
      throw simError(
        "InvalidRequestContext",
        operation.action,
        "this context's Excel.run has finished; use the object inside Excel.run(object.context, batch)",
      );
    }
    this.queue.push(operation);
  }

  get pendingOperations(): number {
    return this.queue.length;
  }

  takeQueue(): Operation[] {
    const taken = this.queue;
    this.queue = [];
    return taken;
  }

  async sync<V>(passThroughValue?: V): Promise<V> {
    if (!this.active) {
      throw simError("InvalidRequestContext", "RequestContext.sync", "this context's Excel.run has finished");
    }
    await this.host.sync(this);
    return passThroughValue as V;
  }
}
