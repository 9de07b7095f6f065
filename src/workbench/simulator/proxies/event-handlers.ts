/**
 * `OfficeExtension.EventHandlers`: `add` registers at the next sync, and `remove()` on the result needs a sync of
 * the context that added it (inside `Excel.run(result.context, ...)` once the original run has finished).
 */
import type { EventKind } from "../events";
import type { Transaction } from "../transaction";
import type { SimContext } from "../context";

export type Handler = (args: never) => unknown;

export class SimEventHandlerResult {
  constructor(
    readonly context: SimContext,
    private readonly id: number,
    private readonly location: string,
  ) {}

  remove(): void {
    this.context.enqueue({
      action: `${this.location}.remove`,
      object: this.location,
      args: [],
      since: "1.1",
      apply: (tx) => tx.onCommit(() => this.context.host.events.unregister(this.id)),
    });
  }
}

export class SimEventHandlers {
  constructor(
    private readonly context: SimContext,
    private readonly kind: EventKind,
    private readonly location: string,
    private readonly since: string,
    /** The sheet whose events the handler hears; null for every sheet. Throws if the owner does not exist. */
    private readonly sheetIdIn: (tx: Transaction) => string | null,
  ) {}

  add(handler: Handler): SimEventHandlerResult {
    const events = this.context.host.events;
    const id = events.newId();
    this.context.enqueue({
      action: `${this.location}.add`,
      object: this.location,
      args: [],
      since: this.since,
      apply: (tx) => {
        const sheetId = this.sheetIdIn(tx);
        tx.onCommit(() =>
          events.register({ id, kind: this.kind, sheetId, handler: handler as (args: unknown) => unknown }),
        );
      },
    });
    return new SimEventHandlerResult(this.context, id, this.location);
  }

  remove(handler: Handler): void {
    const events = this.context.host.events;
    this.context.enqueue({
      action: `${this.location}.remove`,
      object: this.location,
      args: [],
      since: this.since,
      apply: (tx) => {
        const sheetId = this.sheetIdIn(tx);
        tx.onCommit(() => events.unregisterHandler(this.kind, sheetId, handler as (args: unknown) => unknown));
      },
    });
  }
}
