/**
 * A figure as the cell shows it. Excel, WPS and LibreOffice store a typed `63%` as the number 0.63 under a percent
 * format, so the value alone reads as 0.63 in a `%` row; what a person typed, and reads on screen, is `63%`.
 * Pure: the command line passes exceljs's `numFmt`, the add-in `Range.numberFormat`.
 */
import { roundToSignificantDigits } from "../units";
import { cellAt, type CellValue, type SheetReading } from "./sheet-reading";

/**
 * The section of a format that applies to a number, per Excel: one section serves every number; with two, the
 * second is for negatives; with three or four, the third is for zero. Conditions (`[>100]`) are not weighed: a
 * section is chosen by sign alone.
 */
function sectionFor<T>(value: number, sections: readonly T[]): T | undefined {
  if (value < 0) return sections[1] ?? sections[0];
  if (value === 0) return sections[2] ?? sections[0];
  return sections[0];
}

/**
 * Splits a format into its `;` sections and tells, for each, whether it scales by 100. A `%` scales only as a
 * format code: inside quotes (`0"%"`), after a backslash (`0\%`), after `_` (a space as wide as it) or `*` (a
 * fill with it), or inside brackets (`[Red]`, `[$-804]`) it is literal text and the number shows unscaled.
 */
function percentSections(format: string): readonly boolean[] {
  const sections: boolean[] = [];
  let percent = false;
  for (let i = 0; i < format.length; i++) {
    const char = format[i];
    if (char === '"') {
      const close = format.indexOf('"', i + 1);
      i = close === -1 ? format.length : close;
    } else if (char === "[") {
      const close = format.indexOf("]", i + 1);
      i = close === -1 ? format.length : close;
    } else if (char === "\\" || char === "_" || char === "*") {
      i++;
    } else if (char === "%") {
      percent = true;
    } else if (char === ";") {
      sections.push(percent);
      percent = false;
    }
  }
  sections.push(percent);
  return sections;
}

/** Whether a number shows scaled by 100 with a `%` under this format. */
export function showsAsPercent(value: number, numberFormat: string): boolean {
  if (!numberFormat.includes("%")) return false;
  return sectionFor(value, percentSections(numberFormat)) ?? false;
}

/**
 * The value a figure cell shows: a number under a percent format becomes the text `63%` (at full precision, not
 * the format's rounding: 0.635 under `0%` shows 64% but was typed 63.5%); anything else is returned unchanged.
 * A negative number keeps its minus sign even where its section writes it otherwise (`0%;(0%)`), and `0%%`,
 * which Excel scales twice, is read as scaled once: neither appears in a monitoring sheet.
 *
 * @example displayedFigure(0.63, "0%") // → "63%"
 * @example displayedFigure(0.635, "0.00%") // → "63.5%"
 * @example displayedFigure(0.63, '0"%"') // → 0.63 (the % is literal text)
 * @example displayedFigure(63, "General") // → 63
 */
export function displayedFigure(value: CellValue, numberFormat: string | null | undefined): CellValue {
  if (typeof value !== "number" || !Number.isFinite(value) || numberFormat == null) return value;
  if (!showsAsPercent(value, numberFormat)) return value;
  return `${roundToSignificantDigits(value * 100)}%`;
}

/**
 * A reading whose year cells below the header hold what they show (`displayedFigure`), for the reads that check
 * figures. Reads that write the sheet back (populate) keep the stored values, so a rebuild changes nothing.
 *
 * @param formatAt the number format at an absolute 0-based position, undefined where unknown
 */
export function withDisplayedFigures(
  reading: SheetReading,
  formatAt: (row: number, column: number) => string | undefined,
): SheetReading {
  const { grid } = reading;
  const years = [...reading.columns.years.values()];
  let values: (readonly CellValue[])[] | null = null;
  for (let row = reading.headerRow + 1; row < grid.top + grid.values.length; row++) {
    for (const column of years) {
      const value = cellAt(grid, row, column);
      if (typeof value !== "number") continue;
      const shown = displayedFigure(value, formatAt(row, column));
      if (shown === value) continue;
      values ??= [...grid.values];
      const line = [...(values[row - grid.top] ?? [])];
      line[column - grid.left] = shown;
      values[row - grid.top] = line;
    }
  }
  return values === null ? reading : { ...reading, grid: { ...grid, values } };
}
