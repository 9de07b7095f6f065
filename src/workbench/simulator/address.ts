/** A1-style addresses: parsing, printing and the grid's limits (Excel 2007+). */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, 0-based and inclusive on all sides. */
export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface ParsedAddress {
  /** The sheet named before `!`, unquoted; null when the address has no sheet part. */
  readonly sheet: string | null;
  readonly area: Area;
}

export const areaRows = (area: Area): number => area.bottom - area.top + 1;
export const areaColumns = (area: Area): number => area.right - area.left + 1;
export const areaCells = (area: Area): number => areaRows(area) * areaColumns(area);
export const isWholeColumns = (area: Area): boolean => area.top === 0 && area.bottom === MAX_ROWS - 1;
export const isWholeRows = (area: Area): boolean => area.left === 0 && area.right === MAX_COLUMNS - 1;

export const WHOLE_SHEET: Area = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 };

/** True when the rectangle lies on the grid and is not inverted. */
export function isOnGrid(area: Area): boolean {
  return (
    [area.top, area.left, area.bottom, area.right].every(Number.isInteger) &&
    area.top >= 0 &&
    area.left >= 0 &&
    area.top <= area.bottom &&
    area.left <= area.right &&
    area.bottom < MAX_ROWS &&
    area.right < MAX_COLUMNS
  );
}

export function intersects(a: Area, b: Area): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function intersection(a: Area, b: Area): Area | null {
  if (!intersects(a, b)) return null;
  return {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
}

/**
 * Column letters for a 0-based index.
 *
 * @example
 * columnLetters(0) // → "A"
 * columnLetters(27) // → "AB"
 */
export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * 0-based index of column letters, or null when they are not letters or lie beyond XFD.
 *
 * @example
 * columnIndex("ab") // → 27
 */
export function columnIndex(letters: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return null;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n <= MAX_COLUMNS ? n - 1 : null;
}

type Side =
  | { readonly kind: "cell"; readonly row: number; readonly column: number }
  | { readonly kind: "column"; readonly column: number }
  | { readonly kind: "row"; readonly row: number };

function parseSide(text: string): Side | null {
  const cell = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text);
  if (cell) {
    const column = columnIndex(cell[1] ?? "");
    const row = Number(cell[2]) - 1;
    return column === null || row < 0 || row >= MAX_ROWS ? null : { kind: "cell", row, column };
  }
  const column = /^\$?([A-Za-z]{1,3})$/.exec(text);
  if (column) {
    const index = columnIndex(column[1] ?? "");
    return index === null ? null : { kind: "column", column: index };
  }
  const row = /^\$?(\d{1,7})$/.exec(text);
  if (row) {
    const index = Number(row[1]) - 1;
    return index < 0 || index >= MAX_ROWS ? null : { kind: "row", row: index };
  }
  return null;
}

function sidesToArea(a: Side, b: Side): Area | null {
  if (a.kind === "cell" && b.kind === "cell") {
    return {
      top: Math.min(a.row, b.row),
      bottom: Math.max(a.row, b.row),
      left: Math.min(a.column, b.column),
      right: Math.max(a.column, b.column),
    };
  }
  if (a.kind === "column" && b.kind === "column") {
    return { top: 0, bottom: MAX_ROWS - 1, left: Math.min(a.column, b.column), right: Math.max(a.column, b.column) };
  }
  if (a.kind === "row" && b.kind === "row") {
    return { top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row), left: 0, right: MAX_COLUMNS - 1 };
  }
  return null;
}

/** Splits `'It''s'!A1` or `Sheet1!A1` into sheet and rest; a quoted name's doubled apostrophes are undone. */
function splitSheet(text: string): { sheet: string | null; rest: string } | null {
  if (text.startsWith("'")) {
    let name = "";
    for (let i = 1; i < text.length; i++) {
      const ch = text[i];
      if (ch !== "'") {
        name += ch;
        continue;
      }
      if (text[i + 1] === "'") {
        name += "'";
        i++;
        continue;
      }
      return text[i + 1] === "!" && name !== "" ? { sheet: name, rest: text.slice(i + 2) } : null;
    }
    return null;
  }
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { sheet: null, rest: text };
  const sheet = text.slice(0, bang);
  return sheet === "" ? null : { sheet, rest: text.slice(bang + 1) };
}

/**
 * Parses an A1-style address as Excel's `getRange` accepts it; null when it is not one.
 *
 * @example
 * parseAddress("'My Sheet'!B2:A1")
 * // → { sheet: "My Sheet", area: { top: 0, left: 0, bottom: 1, right: 1 } }
 * parseAddress("2:5") // → { sheet: null, area: { top: 1, left: 0, bottom: 4, right: 16383 } }
 */
export function parseAddress(text: string): ParsedAddress | null {
  const split = splitSheet(text.trim());
  if (!split) return null;
  const parts = split.rest.split(":");
  if (parts.length > 2) return null;
  const first = parseSide(parts[0] ?? "");
  const second = parts.length === 2 ? parseSide(parts[1] ?? "") : first;
  if (!first || !second) return null;
  // A lone "A" or "5" is not an address: Excel wants "A:A" or "5:5".
  if (parts.length === 1 && first.kind !== "cell") return null;
  const area = sidesToArea(first, second);
  return area ? { sheet: split.sheet, area } : null;
}

/**
 * The address of an area without a sheet, as Excel prints it: `A1`, `A1:C3`, `A:C`, `2:5`.
 *
 * @example
 * formatArea({ top: 0, left: 0, bottom: MAX_ROWS - 1, right: 2 }) // → "A:C"
 */
export function formatArea(area: Area): string {
  if (isWholeRows(area)) return `${area.top + 1}:${area.bottom + 1}`;
  if (isWholeColumns(area)) return `${columnLetters(area.left)}:${columnLetters(area.right)}`;
  const first = `${columnLetters(area.left)}${area.top + 1}`;
  if (area.top === area.bottom && area.left === area.right) return first;
  return `${first}:${columnLetters(area.right)}${area.bottom + 1}`;
}

/**
 * A sheet name as it must appear before `!`: quoted when it has anything but letters, digits, `_` and `.`,
 * starts with a digit, or could be read as a cell reference.
 *
 * @example
 * quoteSheetName("My Sheet") // → "'My Sheet'"
 * quoteSheetName("指标") // → "指标"
 */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name);
  const looksLikeReference = /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]?\d*$/.test(name);
  return plain && !looksLikeReference ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * The full address Excel reports for a range.
 *
 * @example
 * formatAddress("My Sheet", { top: 0, left: 0, bottom: 1, right: 1 }) // → "'My Sheet'!A1:B2"
 */
export function formatAddress(sheet: string, area: Area): string {
  return `${quoteSheetName(sheet)}!${formatArea(area)}`;
}

/**
 * The absolute address Excel writes in formulas and validation sources.
 *
 * @example
 * absoluteAddress("Lists", { top: 0, left: 0, bottom: 2, right: 0 }) // → "Lists!$A$1:$A$3"
 */
export function absoluteAddress(sheet: string, area: Area): string {
  const cell = (row: number, column: number): string => `$${columnLetters(column)}$${row + 1}`;
  const first = cell(area.top, area.left);
  const whole =
    area.top === area.bottom && area.left === area.right ? first : `${first}:${cell(area.bottom, area.right)}`;
  return `${quoteSheetName(sheet)}!${whole}`;
}
