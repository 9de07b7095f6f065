/** The rules Excel applies to worksheet names. */

const FORBIDDEN = /[[\]:*?/\\]/;

/**
 * Why Excel refuses a worksheet name, or null when the name is valid.
 *
 * @example
 * sheetNameProblem("2021年监测") // → null
 * sheetNameProblem("a/b") // → "a name cannot contain [ ] : * ? / \\"
 */
export function sheetNameProblem(name: unknown): string | null {
  if (typeof name !== "string" || name.trim() === "") return "a name cannot be empty";
  if (name.length > 31) return `a name has at most 31 characters (this one has ${name.length})`;
  if (FORBIDDEN.test(name)) return "a name cannot contain [ ] : * ? / \\";
  if (name.startsWith("'") || name.endsWith("'")) return "a name cannot begin or end with an apostrophe";
  if (name.toLowerCase() === "history") return "History is reserved by Excel";
  return null;
}
