/**
 * A collection of records found by id or name, such as `Excel.ChartCollection` and `Excel.TableCollection`:
 * `count`, `getCount`, `items`, `getItem` and `getItemOrNullObject` behave alike for each, so they live here. A
 * subclass says which records the collection holds, how a key names one, and how its item proxy is made.
 */
import { simError } from "../errors";
import type { Transaction } from "../transaction";
import { CollectionObject, SimClientResult, type Loadable, type Resolvable, type Scalars } from "./client-object";

export abstract class RecordCollection<
  Scope,
  Record extends { readonly id: string },
  Item extends Loadable & Resolvable,
> extends CollectionObject<Scope, Item> {
  /** The record's kind in error messages ("chart", "table"). */
  protected abstract readonly noun: string;

  /** The records the collection holds now, in order. */
  protected abstract records(tx: Transaction, scope: Scope): Record[];

  /** Whether `key` (as given to `getItem`) names the record. */
  protected abstract names(record: Record, key: string): boolean;

  /** The item proxy at `path`, following whatever record `find` resolves to (null: a null object). */
  protected abstract itemAt(path: string, find: (tx: Transaction) => Record | null): Item;

  protected readonly scalars: Scalars<Scope> = {
    count: (tx, scope) => this.records(tx, scope).length,
  };

  get count(): number {
    return this.read("count");
  }

  protected itemsIn(tx: Transaction, scope: Scope): Item[] {
    return this.records(tx, scope).map((record, i) => this.itemAt(`${this.path}.items[${i}]`, () => record));
  }

  getCount(): SimClientResult<number> {
    const result = new SimClientResult<number>(`${this.className}.getCount`);
    this.enqueue("getCount", [], "1.4", (tx, scope) => result.deliver(tx, this.records(tx, scope).length));
    return result;
  }

  private lookup(action: string, key: string, since: string, nullable: boolean): Item {
    const child = this.itemAt(this.childPath(action, [key]), (tx) => {
      const scope = this.resolveIn(tx);
      if (scope === null) return null;
      const record = this.records(tx, scope).find((candidate) => this.names(candidate, key));
      if (record) return record;
      if (nullable) return null;
      throw simError("ItemNotFound", `${this.className}.${action}`, `no ${this.noun} "${key}"`);
    });
    return this.adopt(child, action, [key], since);
  }

  getItem(key: string): Item {
    return this.lookup("getItem", key, "1.1", false);
  }

  getItemOrNullObject(key: string): Item {
    return this.lookup("getItemOrNullObject", key, "1.4", true);
  }
}
