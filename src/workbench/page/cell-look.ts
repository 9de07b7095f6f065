/**
 * How a cell looks and what its editor starts with, as Excel shows them. Colours come from the workbook, which is
 * untrusted: only plain `#RRGGBB` values reach a style.
 */
import type { CSSProperties } from "react";
import type { CellView } from "../simulator";

const HEX_COLOUR = /^#[0-9A-Fa-f]{6}$/u;

const colour = (value: string | null): string | undefined =>
  value !== null && HEX_COLOUR.test(value) ? value : undefined;

/** Inline style for what varies per cell (fill, font); everything else is a class. */
export function cellStyle(cell: CellView | undefined): CSSProperties {
  if (cell === undefined) return {};
  const style: CSSProperties = {};
  const fill = colour(cell.fill);
  const font = colour(cell.fontColor);
  if (fill !== undefined) style.backgroundColor = fill;
  // Black is Excel's automatic colour; leaving it to the theme keeps the page's own text colour.
  if (font !== undefined && font !== "#000000") style.color = font;
  if (cell.bold) style.fontWeight = 700;
  if (cell.italic) style.fontStyle = "italic";
  return style;
}

/** Excel's General alignment: numbers right, booleans centred, text left. */
export function cellAlignment(cell: CellView | undefined): "number" | "boolean" | "text" {
  if (cell === undefined) return "text";
  // The simulator stores formulas uncalculated, with the value 0: they align as the number they stand for.
  if (cell.formula !== null || typeof cell.value === "number") return "number";
  return typeof cell.value === "boolean" ? "boolean" : "text";
}

export const isEmptyCell = (cell: CellView | undefined): boolean =>
  cell === undefined || (cell.value === "" && cell.formula === null);

/**
 * What pressing F2 shows: the formula, or the value as it would be typed again. A percentage keeps its percent
 * sign (`0.38` formatted `0%` edits as `38%`), as re-entering `0.38` would lose the format.
 *
 * @example
 * editText({ value: 1234.5, formula: null, numberFormat: "#,##0.00", text: "1,234.50", ... }) // → "1234.5"
 */
export function editText(cell: CellView | undefined): string {
  if (cell === undefined) return "";
  if (cell.formula !== null) return cell.formula;
  if (typeof cell.value === "boolean") return cell.value ? "TRUE" : "FALSE";
  if (typeof cell.value === "number") return cell.numberFormat.includes("%") ? cell.text : String(cell.value);
  return cell.value;
}
