/**
 * How Excel stores what is written to a cell, whether typed by a person or set through `Range.values`:
 * Excel parses strings as if typed (en-US), so code that writes "0012" gets the number 12 back. Code that passes
 * here therefore keeps its text as text in Excel too.
 */

export type CellValue = string | number | boolean;

/** What a cell holds after an entry. `numberFormat` is the format Excel applies itself (percent, date). */
export interface Entry {
  readonly value: CellValue;
  readonly formula: string | null;
  readonly numberFormat: string | null;
}

export const TEXT_FORMAT = "@";

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function parseNumber(text: string): number | null {
  if (!/\d/.test(text) || !NUMBER.test(text)) return null;
  const n = Number(text.replace(/,/g, ""));
  return Number.isFinite(n) ? n : null;
}

/** Excel's date serial (days since 1899-12-30) of a calendar date, or null when the date does not exist. */
export function dateSerial(year: number, month: number, day: number): number | null {
  const utc = Date.UTC(year, month - 1, day);
  const date = new Date(utc);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return Math.round((utc - EXCEL_EPOCH_UTC) / DAY_MS);
}

/** The calendar date of an Excel date serial. */
export function serialDate(serial: number): { year: number; month: number; day: number } {
  const date = new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const plain = (value: CellValue): Entry => ({ value, formula: null, numberFormat: null });

/** The rules applied to a string in order; the first that recognises it decides. */
const STRING_RULES: readonly ((text: string) => Entry | null)[] = [
  (text) => (text === "" ? plain("") : null),
  (text) => (text.length > 1 && text.startsWith("=") ? { value: 0, formula: text, numberFormat: null } : null),
  (text) => (text.startsWith("'") ? plain(text.slice(1)) : null),
  (text) => {
    const n = parseNumber(text);
    return n === null ? null : plain(n);
  },
  (text) => {
    if (!text.endsWith("%")) return null;
    const n = parseNumber(text.slice(0, -1));
    if (n === null) return null;
    return { value: n / 100, formula: null, numberFormat: text.includes(".") ? "0.00%" : "0%" };
  },
  (text) => (/^(true|false)$/i.test(text) ? plain(text.toLowerCase() === "true") : null),
  (text) => {
    const m = ISO_DATE.exec(text);
    const serial = m ? dateSerial(Number(m[1]), Number(m[2]), Number(m[3])) : null;
    return serial === null ? null : { value: serial, formula: null, numberFormat: "yyyy/m/d" };
  },
  // Excel reads a leading + or - as the start of a formula ("-abc" becomes =-abc, a #NAME? error).
  (text) => (text.length > 1 && /^[+-]/.test(text) ? { value: 0, formula: `=${text}`, numberFormat: null } : null),
];

/**
 * Interprets one entry as Excel does; `undefined` when Excel rejects the value (objects, NaN, undefined).
 * A `null` entry means "leave the cell as it is" and is handled by the caller.
 *
 * @example
 * interpretEntry("1,234", "General") // → { value: 1234, formula: null, numberFormat: null }
 * interpretEntry("'0012", "General") // → { value: "0012", formula: null, numberFormat: null }
 * interpretEntry("0012", "@") // → { value: "0012", formula: null, numberFormat: null }
 * interpretEntry("38%", "General") // → { value: 0.38, formula: null, numberFormat: "0%" }
 */
export function interpretEntry(input: unknown, numberFormat: string): Entry | undefined {
  if (typeof input === "number") return Number.isFinite(input) ? plain(input) : undefined;
  if (typeof input === "boolean") return plain(input);
  if (typeof input !== "string") return undefined;
  if (numberFormat === TEXT_FORMAT) return plain(input);
  for (const rule of STRING_RULES) {
    const entry = rule(input);
    if (entry) return entry;
  }
  return plain(input);
}

/** Excel's `RangeValueType` of a stored value. */
export function valueType(value: CellValue, formula: string | null): "Empty" | "String" | "Double" | "Boolean" {
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return value === "" && formula === null ? "Empty" : "String";
}
