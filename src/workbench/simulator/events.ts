/**
 * Event delivery. Excel raises events after the change, asynchronously: a handler for the add-in's own write runs
 * after the sync that made it has resolved, so a "busy" flag cleared at the end of `Excel.run` does not reliably
 * silence it. The simulator reproduces that ordering: events are delivered one task after the sync resolves.
 * Code that must ignore its own writes should set `context.runtime.enableEvents = false` around them (ExcelApi 1.8)
 * or skip events whose `triggerSource` is "ThisLocalAddin" (ExcelApi 1.14).
 */
import type { EventRecord } from "./transaction";

export type EventKind = "changed" | "selection";

export interface Registration {
  readonly id: number;
  readonly kind: EventKind;
  /** null for collection-level handlers (`worksheets.onChanged`), which hear every sheet. */
  readonly sheetId: string | null;
  readonly handler: (args: unknown) => unknown;
}

/** A new macrotask: after every promise continuation already queued, as a round trip to Excel would be. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export class EventHub {
  private registrations: Registration[] = [];
  private nextId = 1;
  private chain: Promise<void> = Promise.resolve();
  private readonly failures: unknown[] = [];

  constructor(private readonly toArgs: (event: EventRecord) => unknown) {}

  newId(): number {
    return this.nextId++;
  }

  register(registration: Registration): void {
    this.registrations = [...this.registrations, registration];
  }

  unregister(id: number): void {
    this.registrations = this.registrations.filter((r) => r.id !== id);
  }

  unregisterHandler(kind: EventKind, sheetId: string | null, handler: (args: unknown) => unknown): void {
    this.registrations = this.registrations.filter(
      (r) => !(r.kind === kind && r.sheetId === sheetId && r.handler === handler),
    );
  }

  get handlerCount(): number {
    return this.registrations.length;
  }

  /**
   * Queues events for delivery after the current task (the sync's resolution) and any earlier deliveries. The
   * handlers are those registered when the change happened: a handler added later does not hear it.
   */
  deliver(events: readonly EventRecord[]): void {
    if (events.length === 0) return;
    const addressed = events.map((event) => {
      const listeners = this.registrations.filter(
        (r) => r.kind === event.kind && (r.sheetId === null || r.sheetId === event.sheetId),
      );
      return { event, listeners };
    });
    // Nobody can ever hear these: skip the two tasks a delivery waits, which thousands of syncs would add up.
    if (addressed.every(({ listeners }) => listeners.length === 0)) return;
    this.chain = this.chain.then(async () => {
      await nextTask();
      await nextTask();
      for (const { event, listeners } of addressed) await this.dispatch(event, listeners);
    });
  }

  private async dispatch(event: EventRecord, listeners: readonly Registration[]): Promise<void> {
    for (const listener of listeners) {
      try {
        await listener.handler(this.toArgs(event));
      } catch (error) {
        this.failures.push(error);
      }
    }
  }

  /**
   * Resolves once every queued event has been handled, including events raised by the handlers themselves;
   * rejects with the first error a handler threw (Excel would swallow it, which hides bugs).
   */
  async settle(): Promise<void> {
    for (;;) {
      const current = this.chain;
      await current;
      await nextTask();
      if (current === this.chain) break;
    }
    const [first] = this.failures.splice(0);
    if (first !== undefined) throw first;
  }
}
