/**
 * The proxy base: what every simulated `OfficeExtension.ClientObject` shares. A proxy holds no workbook state;
 * property sets and method calls queue operations, `load` queues reads, and only a successful `context.sync()`
 * fills the values a proxy can then return. Reading anything not loaded throws `PropertyNotLoaded`, as office.js
 * does, except right after the code itself set the property (office.js keeps the value it was given).
 */
import { simError } from "../errors";
import { parseLoadSpec, type PropertyPath } from "../load-spec";
import { jsonBytes } from "../payload";
import type { Transaction } from "../transaction";
import type { SimContext } from "../context";

export type Scalars<T> = Readonly<Record<string, (tx: Transaction, target: T) => unknown>>;

/** What `load` needs of a navigation property (`range.format`) or a collection item. */
export interface Loadable {
  loadIn(tx: Transaction, paths: readonly PropertyPath[], location: string): void;
}

/** What creating a proxy needs of it: a path for the payload estimate and a way to resolve it in a sync. */
export interface Resolvable {
  readonly path: string;
  resolveIn(tx: Transaction): unknown;
}

export abstract class ClientObject<T> implements Loadable, Resolvable {
  /** The Excel class name, used in error locations ("Range.values"). */
  protected abstract readonly className: string;
  /** The ExcelApi version that introduced this object; loading it on an older host fails with ApiNotFound. */
  protected abstract readonly since: string;
  protected abstract readonly scalars: Scalars<T>;
  private resolution: { readonly target: T | null } | undefined;
  private readonly loaded = new Map<string, unknown>();

  /**
   * `resolver` finds the object in the draft workbook when a batch runs; it returns null for a missing
   * `*OrNullObject` item. A proxy is a path plus this function, so every kind of object is built the same way.
   */
  constructor(
    readonly context: SimContext,
    readonly path: string,
    private readonly resolver: (tx: Transaction) => T | null,
  ) {}

  protected resolve(tx: Transaction): T | null {
    return this.resolver(tx);
  }

  /** Navigation properties by name (`format`, `protection`), for load paths like `format/fill/color`. */
  protected get navigations(): Readonly<Record<string, Loadable>> {
    return {};
  }

  /** The object's target in this sync; a proxy keeps the object it first resolved to, as Excel's proxies do. */
  resolveIn(tx: Transaction): T | null {
    if (tx.remembers(this)) return tx.recall(this) as T | null;
    const target = this.resolution ? this.resolution.target : this.resolve(tx);
    tx.remember(this, target);
    if (!this.resolution) {
      tx.onCommit(() => {
        this.resolution = { target };
      });
    }
    return target;
  }

  /** Binds a proxy that an operation created (`worksheets.add`) to the object the operation made. */
  bindIn(tx: Transaction, target: T): void {
    tx.remember(this, target);
    tx.onCommit(() => {
      this.resolution = { target };
    });
  }

  targetIn(tx: Transaction, location: string): T {
    const target = this.resolveIn(tx);
    if (target === null) throw simError("ItemNotFound", location, "the object is a null object (isNullObject is true)");
    return target;
  }

  get isNullObject(): boolean {
    if (!this.resolution) {
      throw simError(
        "PropertyNotLoaded",
        `${this.className}.isNullObject`,
        "call context.sync() before reading isNullObject",
      );
    }
    return this.resolution.target === null;
  }

  /** Queues an operation on this object; it fails with ItemNotFound if the object turns out to be null. */
  protected enqueue(
    action: string,
    args: readonly unknown[],
    since: string,
    apply: (tx: Transaction, target: T) => void,
  ): void {
    const location = `${this.className}.${action}`;
    this.context.enqueue({
      action: location,
      object: this.path,
      args: args.map(toPayload),
      since,
      apply: (tx) => apply(tx, this.targetIn(tx, location)),
    });
  }

  /** Path of a proxy this one creates, as office.js would print the object path. */
  protected childPath(action: string, args: readonly unknown[] = []): string {
    return `${this.path}.${action}(${args.map((a) => JSON.stringify(toPayload(a)) ?? "").join(",")})`;
  }

  /**
   * Registers a newly created proxy: its resolution is queued, so a missing item fails at the next sync even if
   * nothing else touches it, and `isNullObject` is known after that sync.
   */
  protected adopt<P extends Resolvable>(child: P, action: string, args: readonly unknown[], since: string): P {
    this.context.enqueue({
      action: `${this.className}.${action}`,
      object: child.path,
      args: args.map(toPayload),
      since,
      apply: (tx) => {
        child.resolveIn(tx);
      },
    });
    return child;
  }

  /** Fails at once when an argument proxy belongs to another request context, as office.js does. */
  protected sameContext(other: { readonly context: SimContext }, action: string): void {
    if (other.context !== this.context) {
      throw simError("InvalidRequestContext", `${this.className}.${action}`);
    }
  }

  protected read<V>(name: string): V {
    // office.js returns undefined for the properties of a null object instead of throwing.
    if (this.resolution?.target === null) return undefined as V;
    if (!this.loaded.has(name)) {
      throw simError(
        "PropertyNotLoaded",
        `${this.className}.${name}`,
        `call load("${name}") and await context.sync() before reading ${this.className}.${name}`,
      );
    }
    return this.loaded.get(name) as V;
  }

  protected write(name: string, value: unknown, since: string, apply: (tx: Transaction, target: T) => void): void {
    this.loaded.set(name, value);
    this.enqueue(name, [value], since, apply);
  }

  /** Sets a loaded value once the sync succeeds; counts it in the response estimate. */
  protected deliverValue(tx: Transaction, name: string, value: unknown): void {
    tx.responseBytes += jsonBytes(name) + 1 + jsonBytes(value);
    tx.onCommit(() => this.loaded.set(name, value));
  }

  load(spec?: unknown): this {
    const paths = parseLoadSpec(spec);
    const location = `${this.className}.load`;
    this.context.enqueue({
      action: location,
      object: this.path,
      args: [toPayload(spec ?? null)],
      since: this.since,
      apply: (tx) => {
        if (paths === undefined) {
          throw simError("InvalidArgument", location, "load takes a string, an array of strings or an options object");
        }
        this.loadIn(tx, paths, location);
      },
    });
    return this;
  }

  loadIn(tx: Transaction, paths: readonly PropertyPath[], location: string): void {
    const target = this.resolveIn(tx);
    if (target === null) return;
    for (const [head, ...rest] of paths) {
      if (head === undefined || head === "") {
        for (const [name, scalar] of Object.entries(this.scalars)) this.deliverValue(tx, name, scalar(tx, target));
        continue;
      }
      const scalar = this.scalars[head];
      if (scalar && rest.length === 0) {
        this.deliverValue(tx, head, scalar(tx, target));
        continue;
      }
      const child = this.navigations[head];
      if (!child) throw simError("InvalidArgument", location, `${this.className} has no property "${head}" to load`);
      child.loadIn(tx, [rest], location);
    }
  }

  /** The loaded properties, as office.js's `toJSON` gives them. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/**
 * A collection: `load("items/name")`, or `load("name")` for short, loads its items.
 */
export abstract class CollectionObject<T, Item extends Loadable> extends ClientObject<T> {
  protected abstract itemsIn(tx: Transaction, target: T, location: string): Item[];

  override loadIn(tx: Transaction, paths: readonly PropertyPath[], location: string): void {
    const target = this.resolveIn(tx);
    if (target === null) return;
    const own: PropertyPath[] = [];
    const forItems: PropertyPath[] = [];
    for (const path of paths) {
      const [head = "", ...rest] = path;
      if (head === "items") forItems.push(rest);
      else if (head === "") {
        own.push(path);
        forItems.push([]);
      } else if (head in this.scalars) own.push(path);
      else forItems.push(path);
    }
    super.loadIn(tx, own, location);
    if (forItems.length === 0) return;
    const items = this.itemsIn(tx, target, location);
    for (const item of items) item.loadIn(tx, forItems, location);
    tx.onCommit(() => this.setItems(items));
  }

  private loadedItems: Item[] | undefined;

  private setItems(items: Item[]): void {
    this.loadedItems = items;
  }

  get items(): Item[] {
    if (this.loadedItems === undefined) {
      throw simError(
        "PropertyNotLoaded",
        `${this.className}.items`,
        `call load("items") (or load("items/name")) and await context.sync() before reading items`,
      );
    }
    return this.loadedItems;
  }
}

/** `OfficeExtension.ClientResult`: a value that a method returns, readable after the sync. */
export class SimClientResult<V> {
  private state: { readonly value: V } | undefined;

  constructor(private readonly location: string) {}

  get value(): V {
    if (!this.state) throw simError("ValueNotLoaded", this.location);
    return this.state.value;
  }

  deliver(tx: Transaction, value: V): void {
    tx.responseBytes += jsonBytes(value);
    tx.onCommit(() => {
      this.state = { value };
    });
  }
}

/** Arguments as they travel in a request: proxies become their object paths. */
export function toPayload(value: unknown): unknown {
  if (value instanceof ClientObject) return { _ObjectPath: value.path };
  if (Array.isArray(value)) return value.map(toPayload);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPayload(v)]));
  }
  return value;
}
