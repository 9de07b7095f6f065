/**
 * A strict, namespace-aware XML reader for tests of the parts we write into .xlsx packages: saxes (exceljs's own
 * parser) throws on anything not well formed, and on a prefix used without its namespace declaration.
 */
import { SaxesParser } from "saxes";

export interface XmlElement {
  /** Namespace URI and local name: prefixes are the writer's choice, the namespace is what a reader goes by. */
  readonly uri: string;
  readonly local: string;
  /** Attributes by qualified name as written (`r:id`). */
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  parser.on("opentag", (tag) => {
    const element: XmlElement = {
      uri: tag.uri,
      local: tag.local,
      attributes: Object.fromEntries(
        Object.entries(tag.attributes).map(([name, attribute]) => [name, attribute.value]),
      ),
      children: [],
      text: "",
    };
    stack.at(-1)?.children.push(element);
    if (root === null) root = element;
    stack.push(element);
  });
  parser.on("text", (text) => {
    const current = stack.at(-1);
    if (current !== undefined) current.text += text;
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.write(xml).close();
  if (root === null) throw new Error("No root element");
  return root;
}

/** Every element below (and including) `element` with this local name, in document order. */
export function descendants(element: XmlElement, local: string): XmlElement[] {
  const found: XmlElement[] = element.local === local ? [element] : [];
  for (const child of element.children) found.push(...descendants(child, local));
  return found;
}
