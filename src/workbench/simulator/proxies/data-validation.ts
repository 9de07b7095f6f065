/** `Excel.DataValidation` (ExcelApi 1.8): rule, prompt, error alert and `clear()`, per cell. */
import { absoluteAddress, areaCells } from "../address";
import { simError } from "../errors";
import { effectiveFormat, formatsIn, keyColumn, keyRow, readCell, updateFormats, type SheetData } from "../model";
import { assertPermitted } from "../protection";
import { listItemsResolver, uniform } from "../range-ops";
import type { Transaction } from "../transaction";
import {
  DEFAULT_VALIDATION,
  acceptsEntry,
  ruleFromApi,
  ruleToApi,
  type ErrorAlertModel,
  type PromptModel,
  type ValidationModel,
} from "../validation-rules";
import { ClientObject, type Scalars } from "./client-object";
import type { RangeTarget } from "./targets";

const isRecord = (v: unknown): v is Readonly<Record<string, unknown>> => typeof v === "object" && v !== null;

/** Validation reads cell by cell up to this size; `valid` on larger ranges looks only at cells that exist. */
const VALID_SCAN_LIMIT = 100_000;

/** Picks the typed fields of a partial object over the current ones; a string naming a wrong field otherwise. */
function merged<M extends object>(
  current: M,
  input: unknown,
  fields: Readonly<Record<keyof M, (v: unknown) => boolean>>,
): M | string {
  if (!isRecord(input)) return "expected an object";
  const result: Record<string, unknown> = Object.fromEntries(Object.entries(current));
  for (const [key, value] of Object.entries(input)) {
    const valid = (fields as Readonly<Record<string, (v: unknown) => boolean>>)[key];
    if (!valid) return `unknown field "${key}"`;
    if (value === undefined) continue;
    if (!valid(value)) return `field "${key}" has a wrong type`;
    result[key] = value;
  }
  return result as M;
}

const isString = (v: unknown): boolean => typeof v === "string";
const isBoolean = (v: unknown): boolean => typeof v === "boolean";
const PROMPT_FIELDS = { title: isString, message: isString, showPrompt: isBoolean } as const;
const ALERT_FIELDS = {
  title: isString,
  message: isString,
  showAlert: isBoolean,
  style: (v: unknown) => v === "Stop" || v === "Warning" || v === "Information",
} as const;

export class DataValidationProxy extends ClientObject<RangeTarget> {
  protected readonly className = "DataValidation";
  protected readonly since = "1.8";

  private validations(tx: Transaction, t: RangeTarget): ValidationModel[] {
    return formatsIn(tx.sheet(t.sheetId, "DataValidation.load"), t.area).map((f) => f.validation ?? DEFAULT_VALIDATION);
  }

  protected readonly scalars: Scalars<RangeTarget> = {
    type: (tx, t) => {
      const rules = this.validations(tx, t).map((v) => v.rule);
      const rule = uniform(rules);
      if (rule === null) return rules.every((r) => r === null) ? "None" : "Inconsistent";
      return rule.type;
    },
    rule: (tx, t) => ruleToApi(uniform(this.validations(tx, t).map((v) => v.rule))),
    prompt: (tx, t) => uniform(this.validations(tx, t).map((v) => v.prompt)),
    errorAlert: (tx, t) => uniform(this.validations(tx, t).map((v) => v.errorAlert)),
    ignoreBlanks: (tx, t) => uniform(this.validations(tx, t).map((v) => v.ignoreBlanks)),
    valid: (tx, t) => this.validity(tx, t),
  };

  /** True when every value passes its cell's rule, false when none does, null when some do. */
  private validity(tx: Transaction, t: RangeTarget): boolean | null {
    const sheet = tx.sheet(t.sheetId, "DataValidation.valid");
    const listItems = listItemsResolver(tx.draft, sheet);
    const results: boolean[] = [];
    const check = (row: number, column: number): void => {
      const validation = effectiveFormat(sheet, row, column).validation;
      if (!validation?.rule) return;
      results.push(
        acceptsEntry(validation.rule, readCell(sheet, row, column).value, validation.ignoreBlanks, listItems),
      );
    };
    if (areaCells(t.area) <= VALID_SCAN_LIMIT) {
      for (let row = t.area.top; row <= t.area.bottom; row++) {
        for (let column = t.area.left; column <= t.area.right; column++) check(row, column);
      }
    } else {
      for (const key of sheet.cells.keys()) check(keyRow(key), keyColumn(key));
    }
    if (results.every(Boolean)) return true;
    return results.some(Boolean) ? null : false;
  }

  /** Validation cannot be changed on a protected sheet, whatever its options. */
  private change(
    property: string,
    value: unknown,
    update: (tx: Transaction, current: ValidationModel, location: string) => ValidationModel | string,
  ): void {
    this.write(property, value, "1.8", (tx, t) => this.apply(tx, t, property, update));
  }

  private apply(
    tx: Transaction,
    t: RangeTarget,
    property: string,
    update: (tx: Transaction, current: ValidationModel, location: string) => ValidationModel | string,
  ): void {
    const location = `DataValidation.${property}`;
    const sheet: SheetData = tx.sheet(t.sheetId, location);
    assertPermitted(sheet, null, location);
    // Validate once against the default so a bad value fails even on an empty range.
    const probe = update(tx, DEFAULT_VALIDATION, location);
    if (typeof probe === "string") throw simError("InvalidArgument", location, probe);
    updateFormats(sheet, t.area, (format) => {
      const next = update(tx, format.validation ?? DEFAULT_VALIDATION, location);
      return { validation: typeof next === "string" ? probe : next };
    });
  }

  get type(): string {
    return this.read("type");
  }
  get valid(): boolean {
    return this.read("valid");
  }

  get rule(): Record<string, unknown> {
    return this.read("rule");
  }
  set rule(value: Record<string, unknown>) {
    this.change("rule", value, (tx, current) => {
      const rule = ruleFromApi(value, (range) => this.rangeAddress(tx, range));
      return typeof rule === "string" ? rule : { ...current, rule };
    });
  }

  get prompt(): PromptModel {
    return this.read("prompt");
  }
  set prompt(value: PromptModel) {
    this.change("prompt", value, (_tx, current) => {
      const prompt = merged(current.prompt, value, PROMPT_FIELDS);
      return typeof prompt === "string" ? `prompt: ${prompt}` : { ...current, prompt };
    });
  }

  get errorAlert(): ErrorAlertModel {
    return this.read("errorAlert");
  }
  set errorAlert(value: ErrorAlertModel) {
    this.change("errorAlert", value, (_tx, current) => {
      const errorAlert = merged(current.errorAlert, value, ALERT_FIELDS);
      return typeof errorAlert === "string" ? `errorAlert: ${errorAlert}` : { ...current, errorAlert };
    });
  }

  get ignoreBlanks(): boolean {
    return this.read("ignoreBlanks");
  }
  set ignoreBlanks(value: boolean) {
    this.change("ignoreBlanks", value, (_tx, current) =>
      typeof value === "boolean" ? { ...current, ignoreBlanks: value } : "ignoreBlanks must be true or false",
    );
  }

  clear(): void {
    this.enqueue("clear", [], "1.8", (tx, t) => {
      const sheet = tx.sheet(t.sheetId, "DataValidation.clear");
      assertPermitted(sheet, null, "DataValidation.clear");
      updateFormats(sheet, t.area, () => ({ validation: null }));
    });
  }

  /** A range given as a rule bound or list source, as the absolute address Excel stores. */
  private rangeAddress(tx: Transaction, range: unknown): string | null {
    if (!(range instanceof ClientObject) || !("getCell" in range)) return null;
    this.sameContext(range, "rule");
    const target = range.resolveIn(tx) as RangeTarget | null;
    if (target === null) return null;
    return absoluteAddress(tx.sheet(target.sheetId, "DataValidation.rule").name, target.area);
  }
}
