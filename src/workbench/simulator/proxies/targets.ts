/** What each kind of proxy resolves to: ids, never objects, so a proxy survives the draft being replaced. */
import type { Area } from "../address";

export interface SheetTarget {
  readonly sheetId: string;
}

export interface RangeTarget {
  readonly sheetId: string;
  readonly area: Area;
}

/** The one workbook: the target of objects that hang directly off it (collections, runtime). */
export interface WorkbookTarget {
  readonly workbook: true;
}

export const WORKBOOK: WorkbookTarget = { workbook: true };
