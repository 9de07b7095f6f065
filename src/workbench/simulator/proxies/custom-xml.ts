/** `Excel.CustomXmlPartCollection` (ExcelApi 1.5), its namespace-scoped view and `Excel.CustomXmlPart`. */
import { simError } from "../errors";
import { newGuid, type XmlPartData } from "../model";
import type { Transaction } from "../transaction";
import { xmlNamespace } from "../xml-root";
import type { SimContext } from "../context";
import { ClientObject, CollectionObject, SimClientResult, type Scalars } from "./client-object";
import type { WorkbookTarget } from "./targets";

export interface XmlPartTarget {
  readonly partId: string;
}

interface XmlScope {
  /** null: every part. */
  readonly namespaceUri: string | null;
}

function requireXml(xml: unknown, location: string): { xml: string; namespaceUri: string } {
  const namespaceUri = typeof xml === "string" ? xmlNamespace(xml) : null;
  if (namespaceUri === null) throw simError("InvalidArgument", location, "the XML is not well-formed");
  return { xml: String(xml), namespaceUri };
}

function findPart(tx: Transaction, partId: string, location: string): XmlPartData {
  const part = tx.draft.customXmlParts.find((p) => p.id === partId);
  if (!part) throw simError("ItemNotFound", location, "the custom XML part no longer exists");
  return part;
}

export class CustomXmlPartProxy extends ClientObject<XmlPartTarget> {
  protected readonly className = "CustomXmlPart";
  protected readonly since = "1.5";

  protected readonly scalars: Scalars<XmlPartTarget> = {
    id: (_tx, t) => t.partId,
    namespaceUri: (tx, t) => findPart(tx, t.partId, "CustomXmlPart.namespaceUri").namespaceUri,
  };

  get id(): string {
    return this.read("id");
  }
  get namespaceUri(): string {
    return this.read("namespaceUri");
  }

  getXml(): SimClientResult<string> {
    const result = new SimClientResult<string>("CustomXmlPart.getXml");
    this.enqueue("getXml", [], "1.5", (tx, t) =>
      result.deliver(tx, findPart(tx, t.partId, "CustomXmlPart.getXml").xml),
    );
    return result;
  }

  setXml(xml: string): void {
    this.enqueue("setXml", [xml], "1.5", (tx, t) => {
      const part = findPart(tx, t.partId, "CustomXmlPart.setXml");
      const checked = requireXml(xml, "CustomXmlPart.setXml");
      part.xml = checked.xml;
      part.namespaceUri = checked.namespaceUri;
    });
  }

  delete(): void {
    this.enqueue("delete", [], "1.5", (tx, t) => {
      const part = findPart(tx, t.partId, "CustomXmlPart.delete");
      tx.draft.customXmlParts = tx.draft.customXmlParts.filter((p) => p !== part);
    });
  }
}

/** What the full collection and the namespace-scoped one share. */
abstract class XmlParts<T> extends CollectionObject<T, CustomXmlPartProxy> {
  protected readonly since = "1.5";
  protected readonly scalars: Scalars<T> = {};

  protected abstract scopeOf(target: T): XmlScope;

  protected partsIn(tx: Transaction, target: T): XmlPartData[] {
    const { namespaceUri } = this.scopeOf(target);
    return tx.draft.customXmlParts.filter((p) => namespaceUri === null || p.namespaceUri === namespaceUri);
  }

  protected itemsIn(tx: Transaction, target: T): CustomXmlPartProxy[] {
    return this.partsIn(tx, target).map(
      (part, i) => new CustomXmlPartProxy(this.context, `${this.path}.items[${i}]`, () => ({ partId: part.id })),
    );
  }

  getCount(): SimClientResult<number> {
    const result = new SimClientResult<number>(`${this.className}.getCount`);
    this.enqueue("getCount", [], "1.5", (tx, t) => result.deliver(tx, this.partsIn(tx, t).length));
    return result;
  }

  /** A part picked from the scope at sync: missing → ItemNotFound, or a null object when `nullable`. */
  protected pick(
    action: string,
    args: readonly unknown[],
    nullable: boolean,
    choose: (parts: XmlPartData[]) => XmlPartData | undefined,
  ): CustomXmlPartProxy {
    const child = new CustomXmlPartProxy(this.context, this.childPath(action, args), (tx) => {
      const target = this.resolveIn(tx);
      if (target === null) return null;
      const part = choose(this.partsIn(tx, target));
      if (part) return { partId: part.id };
      if (nullable) return null;
      throw simError("ItemNotFound", `${this.className}.${action}`, "no such custom XML part");
    });
    return this.adopt(child, action, args, "1.5");
  }

  getItem(id: string): CustomXmlPartProxy {
    return this.pick("getItem", [id], false, (parts) => parts.find((p) => p.id === id));
  }

  getItemOrNullObject(id: string): CustomXmlPartProxy {
    return this.pick("getItemOrNullObject", [id], true, (parts) => parts.find((p) => p.id === id));
  }
}

export class CustomXmlPartScopedCollectionProxy extends XmlParts<XmlScope> {
  protected readonly className = "CustomXmlPartScopedCollection";

  constructor(context: SimContext, path: string, scope: XmlScope) {
    super(context, path, () => scope);
  }

  protected scopeOf(target: XmlScope): XmlScope {
    return target;
  }

  /** The one part in scope; with none or several, ItemNotFound (getOnlyItem) or a null object. */
  getOnlyItem(): CustomXmlPartProxy {
    return this.pick("getOnlyItem", [], false, (parts) => (parts.length === 1 ? parts[0] : undefined));
  }

  getOnlyItemOrNullObject(): CustomXmlPartProxy {
    return this.pick("getOnlyItemOrNullObject", [], true, (parts) => (parts.length === 1 ? parts[0] : undefined));
  }
}

export class CustomXmlPartCollectionProxy extends XmlParts<WorkbookTarget> {
  protected readonly className = "CustomXmlPartCollection";

  constructor(context: SimContext, path: string, workbook: WorkbookTarget) {
    super(context, path, () => workbook);
  }

  protected scopeOf(): XmlScope {
    return { namespaceUri: null };
  }

  add(xml: string): CustomXmlPartProxy {
    const part = new CustomXmlPartProxy(this.context, this.childPath("add", [xml]), () => {
      throw simError("ItemNotFound", "CustomXmlPartCollection.add", "the part was never created");
    });
    this.enqueue("add", [xml], "1.5", (tx) => {
      const checked = requireXml(xml, "CustomXmlPartCollection.add");
      const data: XmlPartData = { id: newGuid(tx.draft), ...checked };
      tx.draft.customXmlParts.push(data);
      part.bindIn(tx, { partId: data.id });
    });
    return part;
  }

  getByNamespace(namespaceUri: string): CustomXmlPartScopedCollectionProxy {
    const scoped = new CustomXmlPartScopedCollectionProxy(
      this.context,
      this.childPath("getByNamespace", [namespaceUri]),
      {
        namespaceUri,
      },
    );
    return this.adopt(scoped, "getByNamespace", [namespaceUri], "1.5");
  }
}
