/** `Excel.SettingCollection` and `Excel.Setting` (ExcelApi 1.4): JSON values saved with the workbook. */
import { simError } from "../errors";
import type { JsonValue, SettingData } from "../model";
import type { Transaction } from "../transaction";
import type { SimContext } from "../context";
import { ClientObject, CollectionObject, SimClientResult, type Scalars } from "./client-object";
import type { WorkbookTarget } from "./targets";

export interface SettingTarget {
  readonly key: string;
}

/** The value as it will be stored: through JSON, so what Excel cannot keep fails now rather than on reload. */
function storable(value: unknown, location: string): JsonValue {
  const text = value === undefined ? undefined : JSON.stringify(value);
  if (text === undefined) throw simError("InvalidArgument", location, "the value must be JSON-serialisable");
  return JSON.parse(text) as JsonValue;
}

function findSetting(tx: Transaction, key: string, location: string): SettingData {
  const setting = tx.draft.settings.find((s) => s.key === key);
  if (!setting) throw simError("ItemNotFound", location, `no setting "${key}"`);
  return setting;
}

export class SettingProxy extends ClientObject<SettingTarget> {
  protected readonly className = "Setting";
  protected readonly since = "1.4";

  protected readonly scalars: Scalars<SettingTarget> = {
    key: (_tx, t) => t.key,
    value: (tx, t) => structuredClone(findSetting(tx, t.key, "Setting.value").value),
  };

  get key(): string {
    return this.read("key");
  }

  get value(): JsonValue {
    return this.read("value");
  }
  set value(value: JsonValue) {
    this.write("value", value, "1.4", (tx, t) => {
      findSetting(tx, t.key, "Setting.value").value = storable(value, "Setting.value");
    });
  }

  delete(): void {
    this.enqueue("delete", [], "1.4", (tx, t) => {
      const setting = findSetting(tx, t.key, "Setting.delete");
      tx.draft.settings = tx.draft.settings.filter((s) => s !== setting);
    });
  }
}

export class SettingCollectionProxy extends CollectionObject<WorkbookTarget, SettingProxy> {
  protected readonly className = "SettingCollection";
  protected readonly since = "1.4";
  protected readonly scalars: Scalars<WorkbookTarget> = {};

  constructor(context: SimContext, path: string, workbook: WorkbookTarget) {
    super(context, path, () => workbook);
  }

  protected itemsIn(tx: Transaction): SettingProxy[] {
    return tx.draft.settings.map(
      (setting, i) => new SettingProxy(this.context, `${this.path}.items[${i}]`, () => ({ key: setting.key })),
    );
  }

  getCount(): SimClientResult<number> {
    const result = new SimClientResult<number>("SettingCollection.getCount");
    this.enqueue("getCount", [], "1.4", (tx) => result.deliver(tx, tx.draft.settings.length));
    return result;
  }

  /** Adds the setting, or replaces the value of an existing one with the same key. */
  add(key: string, value: unknown): SettingProxy {
    const setting = new SettingProxy(this.context, this.childPath("add", [key]), () => ({ key }));
    this.enqueue("add", [key, value], "1.4", (tx) => {
      if (typeof key !== "string" || key === "")
        throw simError("InvalidArgument", "SettingCollection.add", "the key must be a non-empty string");
      const stored = storable(value, "SettingCollection.add");
      const existing = tx.draft.settings.find((s) => s.key === key);
      if (existing) existing.value = stored;
      else tx.draft.settings.push({ key, value: stored });
      setting.bindIn(tx, { key });
    });
    return setting;
  }

  private lookup(action: string, key: string, nullable: boolean): SettingProxy {
    const child = new SettingProxy(this.context, this.childPath(action, [key]), (tx) => {
      if (tx.draft.settings.some((s) => s.key === key)) return { key };
      if (nullable) return null;
      throw simError("ItemNotFound", `SettingCollection.${action}`, `no setting "${key}"`);
    });
    return this.adopt(child, action, [key], "1.4");
  }

  getItem(key: string): SettingProxy {
    return this.lookup("getItem", key, false);
  }

  getItemOrNullObject(key: string): SettingProxy {
    return this.lookup("getItemOrNullObject", key, true);
  }
}
