/**
 * The undo log behind atomic syncs. Copying the whole workbook for every sync made a run of thousands of syncs
 * on a large sheet quadratic; instead a transaction copies only the workbook's small records (see `draftOf` in
 * model.ts) and shares its big collections (cells, format layers, sizes, hidden rows and columns, notes), which
 * are `LoggedMap`s and `LoggedSet`s: while the log is recording, each change to them records how to undo it, so
 * a sync costs what it touches and a failed one is rolled back change by change.
 */

export class UndoLog {
  private undos: (() => void)[] = [];
  private open = false;

  get recording(): boolean {
    return this.open;
  }

  /** Starts a transaction. Transactions never nest: each sync and each user action runs to its end first. */
  begin(): void {
    if (this.open) throw new Error("simulator bug: a transaction began inside another");
    this.undos = [];
    this.open = true;
  }

  record(undo: () => void): void {
    if (this.open) this.undos.push(undo);
  }

  /** Keeps every change since `begin`. */
  commit(): void {
    this.undos = [];
    this.open = false;
  }

  /** Undoes every change since `begin`, newest first. */
  rollback(): void {
    const undos = this.undos;
    this.undos = [];
    this.open = false;
    for (let i = undos.length - 1; i >= 0; i--) undos[i]?.();
  }
}

/** A Map whose changes are undone by its log's rollback. Assigning a plain Map in its place is a type error. */
export class LoggedMap<K, V> extends Map<K, V> {
  readonly #log: UndoLog;

  constructor(log: UndoLog, entries: Iterable<readonly [K, V]> = []) {
    super();
    this.#log = log;
    for (const [key, value] of entries) super.set(key, value);
  }

  /** A new map on the same log, for code that rebuilds a collection rather than editing it (row shifts, sorts). */
  rebuilt(entries: Iterable<readonly [K, V]>): LoggedMap<K, V> {
    return new LoggedMap(this.#log, entries);
  }

  override set(key: K, value: V): this {
    if (this.#log.recording) {
      if (super.has(key)) {
        const previous = super.get(key) as V;
        this.#log.record(() => super.set(key, previous));
      } else this.#log.record(() => super.delete(key));
    }
    return super.set(key, value);
  }

  override delete(key: K): boolean {
    if (!super.has(key)) return false;
    const previous = super.get(key) as V;
    this.#log.record(() => super.set(key, previous));
    return super.delete(key);
  }

  override clear(): void {
    const previous = [...this];
    this.#log.record(() => {
      for (const [key, value] of previous) super.set(key, value);
    });
    super.clear();
  }
}

/** A Set whose changes are undone by its log's rollback. */
export class LoggedSet<T> extends Set<T> {
  readonly #log: UndoLog;

  constructor(log: UndoLog, values: Iterable<T> = []) {
    super();
    this.#log = log;
    for (const value of values) super.add(value);
  }

  rebuilt(values: Iterable<T>): LoggedSet<T> {
    return new LoggedSet(this.#log, values);
  }

  override add(value: T): this {
    if (!super.has(value)) this.#log.record(() => super.delete(value));
    return super.add(value);
  }

  override delete(value: T): boolean {
    if (!super.has(value)) return false;
    this.#log.record(() => super.add(value));
    return super.delete(value);
  }

  override clear(): void {
    const previous = [...this];
    this.#log.record(() => {
      for (const value of previous) super.add(value);
    });
    super.clear();
  }
}
