/**
 * Payload estimates. Excel on the web rejects a request or a response over 5 MB. The simulator estimates each
 * sync's request as the UTF-8 size of the JSON of its queued operations (action, object path, arguments), and
 * its response as the UTF-8 size of the JSON of every loaded value. office.js's real messages carry more framing,
 * so the estimate is a lower bound; the limit is therefore taken as 5,000,000 bytes rather than 5 MiB.
 */

export const PAYLOAD_LIMIT_BYTES = 5_000_000;
/** Excel refuses to read more cells than this in one range (values, formulas, number formats, text). */
export const READ_CELL_LIMIT = 5_000_000;

/** Characters JSON writes as a backslash and one letter: " \ \b \f \n \r \t. */
const SHORT_ESCAPES: ReadonlySet<number> = new Set([0x22, 0x5c, 0x08, 0x0c, 0x0a, 0x0d, 0x09]);

/** Bytes a string takes inside JSON, escapes included (JSON.stringify's well-formed output). */
function jsonStringBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (SHORT_ESCAPES.has(code)) bytes += 2;
    else if (code < 0x20) bytes += 6;
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else if (code >= 0xd800 && code <= 0xdfff) bytes += 6;
    else bytes += 3;
  }
  return bytes;
}

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/**
 * UTF-8 size of `JSON.stringify(value)`, computed by walking the value so a million-cell grid never becomes one
 * giant string.
 *
 * @example
 * jsonBytes([["a", 1], [true, null]]) // → 21, the length of '[["a",1],[true,null]]'
 */
export function jsonBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === "string") return jsonStringBytes(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value).length : 4;
  if (typeof value === "boolean") return value ? 4 : 5;
  if (Array.isArray(value)) {
    let bytes = 2 + Math.max(0, value.length - 1);
    for (const item of value) bytes += jsonBytes(item);
    return bytes;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== "function");
    let bytes = 2 + Math.max(0, entries.length - 1);
    for (const [key, v] of entries) bytes += jsonBytes(key) + 1 + jsonBytes(v);
    return bytes;
  }
  return 4;
}
