/** `Excel.WorksheetProtection`: protect with options and an optional password, unprotect, read the state. */
import { simError } from "../errors";
import { DEFAULT_PROTECTION_OPTIONS, type ProtectionOptions } from "../model";
import { ClientObject, type Scalars } from "./client-object";
import type { SheetTarget } from "./targets";

const SELECTION_MODES = ["Normal", "Unlocked", "None"] as const;

/** The options Excel would apply, or a string naming the field it would refuse. */
function protectionOptions(input: unknown): ProtectionOptions | string {
  if (input === undefined || input === null) return DEFAULT_PROTECTION_OPTIONS;
  if (typeof input !== "object") return "options must be an object";
  const result: Record<string, unknown> = { ...DEFAULT_PROTECTION_OPTIONS };
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (!(key in DEFAULT_PROTECTION_OPTIONS)) return `unknown option "${key}"`;
    const valid = key === "selectionMode" ? SELECTION_MODES.some((m) => m === value) : typeof value === "boolean";
    if (!valid) return `option "${key}" has a wrong value`;
    result[key] = value;
  }
  return result as unknown as ProtectionOptions;
}

export class WorksheetProtectionProxy extends ClientObject<SheetTarget> {
  protected readonly className = "WorksheetProtection";
  protected readonly since = "1.2";

  protected readonly scalars: Scalars<SheetTarget> = {
    protected: (tx, t) => tx.sheet(t.sheetId, "WorksheetProtection.protected").protection.protected,
    options: (tx, t) => ({ ...tx.sheet(t.sheetId, "WorksheetProtection.options").protection.options }),
  };

  get protected(): boolean {
    return this.read("protected");
  }

  get options(): ProtectionOptions {
    return this.read("options");
  }

  /** Fails on a sheet that is already protected, as Excel documents. */
  protect(options?: Partial<ProtectionOptions>, password?: string): void {
    const args = password === undefined ? [options ?? null] : [options ?? null, "********"];
    this.enqueue("protect", args, password === undefined ? "1.2" : "1.7", (tx, t) => {
      const sheet = tx.sheet(t.sheetId, "WorksheetProtection.protect");
      if (sheet.protection.protected) {
        throw simError("InvalidOperation", "WorksheetProtection.protect", `"${sheet.name}" is already protected`);
      }
      const parsed = protectionOptions(options);
      if (typeof parsed === "string") throw simError("InvalidArgument", "WorksheetProtection.protect", parsed);
      if (password !== undefined && typeof password !== "string") {
        throw simError("InvalidArgument", "WorksheetProtection.protect", "the password must be a string");
      }
      sheet.protection = { protected: true, options: parsed, password: password ?? null };
    });
  }

  /** Unprotecting an unprotected sheet does nothing; a wrong password is refused. */
  unprotect(password?: string): void {
    const args = password === undefined ? [] : ["********"];
    this.enqueue("unprotect", args, password === undefined ? "1.2" : "1.7", (tx, t) => {
      const sheet = tx.sheet(t.sheetId, "WorksheetProtection.unprotect");
      const stored = sheet.protection.password;
      if (sheet.protection.protected && stored !== null && stored !== password) {
        throw simError("InvalidArgument", "WorksheetProtection.unprotect", "the password is incorrect");
      }
      sheet.protection = { protected: false, options: DEFAULT_PROTECTION_OPTIONS, password: null };
    });
  }
}
