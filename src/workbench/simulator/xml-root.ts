/**
 * The little XML checking custom XML parts need, without a DOM (the simulator also runs under Node): tags must
 * balance under one root element, and the root's namespace is what `getByNamespace` matches.
 */

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;

/**
 * The root element's namespace URI ("" when it has none), or null when the text is not well-formed enough.
 *
 * @example
 * xmlNamespace('<plan xmlns="urn:plan-monitor"><a/></plan>') // → "urn:plan-monitor"
 * xmlNamespace("<plan><a></plan>") // → null
 */
export function xmlNamespace(xml: string): string | null {
  const body = xml
    .replace(/^\uFEFF/, "")
    .replace(/^\s*<\?xml[^?]*\?>/, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "")
    .trim();
  const stack: string[] = [];
  let root: { name: string; attributes: string } | null = null;
  let last = 0;
  for (const match of body.matchAll(TAG)) {
    const [whole, closing, name = "", attributes = "", selfClosing] = match;
    const between = body.slice(last, match.index);
    if (between.includes("<") || (stack.length === 0 && between.trim() !== "")) return null;
    last = match.index + whole.length;
    if (closing) {
      if (stack.pop() !== name || attributes.trim() !== "" || selfClosing) return null;
      continue;
    }
    if (stack.length === 0) {
      if (root) return null;
      root = { name, attributes };
    }
    if (!selfClosing) stack.push(name);
  }
  if (!root || stack.length > 0 || body.slice(last).trim() !== "") return null;
  const prefix = root.name.includes(":") ? `:${root.name.split(":")[0]}` : "";
  const declaration = new RegExp(`xmlns${prefix}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(root.attributes);
  return declaration ? (declaration[1] ?? declaration[2] ?? "") : "";
}
