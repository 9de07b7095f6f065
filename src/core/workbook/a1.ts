/**
 * A1 addresses as Excel writes them: column letters, cell and range references, and sheet-qualified references
 * (`'Plan monitoring'!C5`). Pure string work, so every action and the tests speak about cells the same way.
 */

/** A cell by 0-based row and column. */
export interface CellRef {
  readonly row: number;
  readonly column: number;
}

/** A rectangle of cells by 0-based inclusive bounds. */
export interface RangeRef {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Excel's last column (XFD) and row (0-based), for whole-row and whole-column references. */
export const LAST_COLUMN = 16_383;
export const LAST_ROW = 1_048_575;

/**
 * @example columnLetters(0) // → "A"
 * @example columnLetters(27) // → "AB"
 */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** @example cellAddress({ row: 4, column: 2 }) // → "C5" */
export function cellAddress(cell: CellRef): string {
  return `${columnLetters(cell.column)}${cell.row + 1}`;
}

/** @example rangeAddress({ top: 4, left: 2, bottom: 6, right: 3 }) // → "C5:D7" */
export function rangeAddress(range: RangeRef): string {
  const first = cellAddress({ row: range.top, column: range.left });
  return range.top === range.bottom && range.left === range.right
    ? first
    : `${first}:${cellAddress({ row: range.bottom, column: range.right })}`;
}

/**
 * A sheet name as Excel quotes it in a reference: bare when it is one word, quoted (with `'` doubled) otherwise.
 *
 * @example sheetPrefix("指标监测") // → "指标监测"
 * @example sheetPrefix("Plan monitoring") // → "'Plan monitoring'"
 */
export function sheetPrefix(sheetName: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheetName) && !/^[A-Za-z]{1,3}\d+$/u.test(sheetName)
    ? sheetName
    : `'${sheetName.replace(/'/gu, "''")}'`;
}

/** @example qualifiedAddress("Plan monitoring", "C5") // → "'Plan monitoring'!C5" */
export function qualifiedAddress(sheetName: string, address: string): string {
  return `${sheetPrefix(sheetName)}!${address}`;
}

/**
 * Splits a sheet-qualified reference into the sheet name and the local address; null when there is no sheet part.
 *
 * @example splitQualified("'Plan monitoring'!C5") // → { sheetName: "Plan monitoring", address: "C5" }
 * @example splitQualified("C5") // → null
 */
export function splitQualified(reference: string): { readonly sheetName: string; readonly address: string } | null {
  const bang = reference.lastIndexOf("!");
  if (bang <= 0) return null;
  const sheet = reference.slice(0, bang);
  const address = reference.slice(bang + 1);
  const quoted = /^'(.*)'$/su.exec(sheet);
  const sheetName = quoted === null ? sheet : (quoted[1] ?? "").replace(/''/gu, "'");
  return sheetName === "" || address === "" ? null : { sheetName, address };
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/u;

function lettersToColumn(letters: string): number {
  let n = 0;
  for (const letter of letters.toUpperCase()) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * Parses a local A1 reference (`C5`, `C5:F20`, whole columns `C:D`, whole rows `5:7`), with or without `$` and a
 * sheet part; null for anything else.
 *
 * @example parseRange("C5:F20") // → { top: 4, left: 2, bottom: 19, right: 5 }
 * @example parseRange("Sheet1!5:7") // → { top: 4, left: 0, bottom: 6, right: 16383 }
 */
export function parseRange(reference: string): RangeRef | null {
  const address = splitQualified(reference)?.address ?? reference;
  const parts = address.split(":");
  const first = parts[0];
  const second = parts[1] ?? first;
  if (first === undefined || second === undefined || parts.length > 2) return null;
  const a = CELL.exec(first.trim());
  const b = CELL.exec(second.trim());
  if (a === null || b === null) return null;
  const [, colA, rowA] = a;
  const [, colB, rowB] = b;
  // A whole-column reference has letters only; a whole-row one digits only; a cell both.
  if ((colA === undefined) !== (colB === undefined) || (rowA === undefined) !== (rowB === undefined)) return null;
  if (colA === undefined && rowA === undefined) return null;
  // `C` or `5` alone is not a reference; whole columns and rows need both ends (`C:C`, `5:5`).
  if (parts.length === 1 && (colA === undefined || rowA === undefined)) return null;
  const left = colA === undefined ? 0 : lettersToColumn(colA);
  const right = colB === undefined ? LAST_COLUMN : lettersToColumn(colB);
  const top = rowA === undefined ? 0 : Number(rowA) - 1;
  const bottom = rowB === undefined ? LAST_ROW : Number(rowB) - 1;
  if (top < 0 || bottom < 0 || left > LAST_COLUMN || right > LAST_COLUMN) return null;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}
