/**
 * Sheet protection as Excel enforces it: on a protected sheet, locked cells (every cell unless unlocked) refuse
 * edits, and formatting, column and row changes need the matching `allow*` option.
 */
import type { Area } from "./address";
import { simError } from "./errors";
import { formatsIn, type ProtectionOptions, type SheetData } from "./model";

export type Permission = Exclude<keyof ProtectionOptions, "selectionMode">;

/** AccessDenied when the sheet is protected and any cell of the area is locked. */
export function assertCellsEditable(sheet: SheetData, area: Area, location: string): void {
  if (!sheet.protection.protected) return;
  if (formatsIn(sheet, area).some((format) => format.locked)) {
    throw simError("AccessDenied", location, `"${sheet.name}" is protected and the range has locked cells`);
  }
}

/** AccessDenied when the sheet is protected without the permission (null: nothing permits it). */
export function assertPermitted(sheet: SheetData, permission: Permission | null, location: string): void {
  if (!sheet.protection.protected) return;
  if (permission !== null && sheet.protection.options[permission]) return;
  const why = permission === null ? "unprotect it first" : `its protection does not set ${permission}`;
  throw simError("AccessDenied", location, `"${sheet.name}" is protected; ${why}`);
}
