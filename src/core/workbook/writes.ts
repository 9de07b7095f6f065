/**
 * Writes to a workbook as data: what a sheet should hold, said once for every writer. The Excel adapter sends
 * them through office.js; the command line applies them to an .xlsx file with exceljs. Being the same list, a
 * template made by either is the same template.
 *
 * Values follow `Range.values`' convention, the stricter of the two media: a string that must stay text carries
 * Excel's text prefix `'` (see `entry`), which a writer whose medium never parses text simply drops.
 */
import type { RangeRef } from "./a1";
import type { CellValue } from "./sheet-reading";

/** Fills of flagged cells and of the header: Excel's own light red, light amber and blue-grey. */
export const FILLS = { error: "#FFC7CE", warning: "#FFEB9C", header: "#DDEBF7" } as const;

export interface FormatPatch {
  /** A colour, or null to clear the fill. */
  readonly fill?: string | null;
  readonly bold?: boolean;
  readonly wrapText?: boolean;
  readonly locked?: boolean;
  /** Points. */
  readonly columnWidth?: number;
  readonly columnHidden?: boolean;
}

/** One write that any workbook medium can make. `sheet` is a worksheet name as it is when the write runs. */
export type SheetWrite =
  | { readonly kind: "addSheet"; readonly sheet: string; readonly veryHidden: boolean }
  | { readonly kind: "deleteSheet"; readonly sheet: string }
  | { readonly kind: "activate"; readonly sheet: string }
  | { readonly kind: "unprotect"; readonly sheet: string }
  /** Without a password, allowing sort, auto-filter and column formats (see `PROTECTION`). */
  | { readonly kind: "protect"; readonly sheet: string }
  /** Values, formulas-safe: the caller has made text safe for the cell's format (see `entry`). */
  | {
      readonly kind: "values";
      readonly sheet: string;
      readonly range: RangeRef;
      readonly values: readonly (readonly CellValue[])[];
    }
  | {
      readonly kind: "numberFormat";
      readonly sheet: string;
      readonly range: RangeRef;
      readonly formats: readonly (readonly string[])[];
    }
  | { readonly kind: "format"; readonly sheet: string; readonly range: RangeRef; readonly patch: FormatPatch }
  /** Contents, formats and data validation. */
  | { readonly kind: "clear"; readonly sheet: string; readonly range: RangeRef }
  /** A decimal rule that never blocks an entry (the checks read `1.2万` and `——`), with the row's input prompt. */
  | {
      readonly kind: "validation";
      readonly sheet: string;
      readonly range: RangeRef;
      readonly prompt: { readonly title: string; readonly message: string };
    }
  | { readonly kind: "freeze"; readonly sheet: string; readonly rows: number; readonly columns: number }
  | { readonly kind: "addNote"; readonly sheet: string; readonly range: RangeRef; readonly text: string }
  | { readonly kind: "table"; readonly sheet: string; readonly range: RangeRef }
  | {
      readonly kind: "chart";
      readonly sheet: string;
      readonly range: RangeRef;
      readonly title: string;
      readonly at: RangeRef;
    };

/**
 * The sheet protection every writer applies: no password, since it keeps people's typing in the input cells and is
 * not a lock against them; sorting, filtering and widening columns stay allowed. Everything else Excel's defaults.
 */
export const PROTECTION = { allowSort: true, allowAutoFilter: true, allowFormatColumns: true } as const;

/** Any number within what a decimal rule can hold: the rule prompts, it does not restrict. */
export const ANY_DECIMAL = 1e300;

/**
 * A value as written through `Range.values` into a General cell: text stays text (`'` prefix: no formula from
 * `=…`, no number from `0012`), numbers and booleans as they are. Cells formatted `@` take text as is.
 *
 * @example entry("=1+1", false) // → "'=1+1"
 * @example entry("1.2万", true) // → "1.2万"
 */
export function entry(value: CellValue | null, textCell: boolean): CellValue {
  if (value === null) return "";
  if (typeof value !== "string" || value === "" || textCell) return value;
  return `'${value}`;
}
