/**
 * Data validation as the simulator stores it, converted from and to `Excel.DataValidationRule`, and the check a
 * person's typed entry goes through. Custom formulas and rule bounds that are formulas cannot be evaluated without
 * a calculation engine, so such rules accept every entry (a documented simplification).
 */
import type { CellValue } from "./cell-entry";

export type Comparison =
  | "Between"
  | "NotBetween"
  | "EqualTo"
  | "NotEqualTo"
  | "GreaterThan"
  | "LessThan"
  | "GreaterThanOrEqualTo"
  | "LessThanOrEqualTo";

export type RuleModel =
  | {
      readonly type: "Decimal" | "WholeNumber" | "TextLength";
      readonly operator: Comparison;
      readonly formula1: string;
      readonly formula2: string | null;
    }
  | { readonly type: "List"; readonly inCellDropDown: boolean; readonly source: string }
  | { readonly type: "Custom"; readonly formula: string };

export interface PromptModel {
  readonly title: string;
  readonly message: string;
  readonly showPrompt: boolean;
}

export interface ErrorAlertModel {
  readonly title: string;
  readonly message: string;
  readonly showAlert: boolean;
  readonly style: "Stop" | "Warning" | "Information";
}

export interface ValidationModel {
  readonly rule: RuleModel | null;
  readonly prompt: PromptModel;
  readonly errorAlert: ErrorAlertModel;
  readonly ignoreBlanks: boolean;
}

export const DEFAULT_VALIDATION: ValidationModel = {
  rule: null,
  prompt: { title: "", message: "", showPrompt: false },
  errorAlert: { title: "", message: "", showAlert: true, style: "Stop" },
  ignoreBlanks: true,
};

const COMPARISONS: readonly Comparison[] = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
];

const isRecord = (v: unknown): v is Readonly<Record<string, unknown>> => typeof v === "object" && v !== null;

/** A bound as Excel reads it back: always a string formula ("=10", "=A1"). */
export function boundFormula(bound: unknown, rangeAddress: (range: unknown) => string | null): string | null {
  if (typeof bound === "number") return Number.isFinite(bound) ? `=${bound}` : null;
  if (typeof bound === "string") {
    const text = bound.trim();
    if (text === "") return null;
    return text.startsWith("=") ? text : `=${text}`;
  }
  const address = rangeAddress(bound);
  return address === null ? null : `=${address}`;
}

const RULE_KEYS = ["decimal", "wholeNumber", "textLength", "list", "custom"] as const;
const NUMERIC_TYPES = { decimal: "Decimal", wholeNumber: "WholeNumber", textLength: "TextLength" } as const;

/**
 * Converts an `Excel.DataValidationRule` to the stored rule; a string naming what is wrong when Excel would
 * reject it (no criterion, two criteria, a bad operator, a missing bound).
 *
 * @example
 * ruleFromApi({ decimal: { operator: "GreaterThanOrEqualTo", formula1: 0 } }, () => null)
 * // → { type: "Decimal", operator: "GreaterThanOrEqualTo", formula1: "=0", formula2: null }
 */
export function ruleFromApi(input: unknown, rangeAddress: (range: unknown) => string | null): RuleModel | string {
  if (!isRecord(input)) return "the rule must be an object";
  const present = Object.keys(input).filter((key) => input[key] !== undefined);
  const known = RULE_KEYS.filter((key) => present.includes(key));
  if (present.length !== 1 || known.length !== 1) {
    return `the rule must have exactly one of ${RULE_KEYS.join(", ")} (date and time are not simulated)`;
  }
  const key = known[0] ?? "decimal";
  const body = input[key];
  if (!isRecord(body)) return `rule.${key} must be an object`;
  if (key === "list") {
    const source = typeof body["source"] === "string" ? body["source"] : boundFormula(body["source"], rangeAddress);
    if (source === null || source.trim() === "") return "rule.list.source is missing";
    return { type: "List", inCellDropDown: body["inCellDropDown"] !== false, source };
  }
  if (key === "custom") {
    const formula = typeof body["formula"] === "string" ? body["formula"].trim() : "";
    return formula === "" ? "rule.custom.formula is missing" : { type: "Custom", formula };
  }
  const operator = COMPARISONS.find((op) => op === body["operator"]);
  if (!operator) return `rule.${key}.operator must be one of ${COMPARISONS.join(", ")}`;
  const formula1 = boundFormula(body["formula1"], rangeAddress);
  if (formula1 === null) return `rule.${key}.formula1 is missing`;
  const needsTwo = operator === "Between" || operator === "NotBetween";
  const formula2 = needsTwo ? boundFormula(body["formula2"], rangeAddress) : null;
  if (needsTwo && formula2 === null) return `rule.${key}.formula2 is required by ${operator}`;
  return { type: NUMERIC_TYPES[key], operator, formula1, formula2 };
}

/** The rule in `Excel.DataValidationRule` shape. */
export function ruleToApi(rule: RuleModel | null): Record<string, unknown> {
  if (rule === null) return {};
  switch (rule.type) {
    case "List":
      return { list: { inCellDropDown: rule.inCellDropDown, source: rule.source } };
    case "Custom":
      return { custom: { formula: rule.formula } };
    default: {
      const key = rule.type === "Decimal" ? "decimal" : rule.type === "WholeNumber" ? "wholeNumber" : "textLength";
      const bounds = rule.formula2 === null ? {} : { formula2: rule.formula2 };
      return { [key]: { operator: rule.operator, formula1: rule.formula1, ...bounds } };
    }
  }
}

const COMPARE: Readonly<Record<Comparison, (x: number, a: number, b: number) => boolean>> = {
  Between: (x, a, b) => x >= Math.min(a, b) && x <= Math.max(a, b),
  NotBetween: (x, a, b) => x < Math.min(a, b) || x > Math.max(a, b),
  EqualTo: (x, a) => x === a,
  NotEqualTo: (x, a) => x !== a,
  GreaterThan: (x, a) => x > a,
  LessThan: (x, a) => x < a,
  GreaterThanOrEqualTo: (x, a) => x >= a,
  LessThanOrEqualTo: (x, a) => x <= a,
};

/** A bound that is a plain number ("=10"); null for references and formulas, which are not evaluated. */
function constantBound(formula: string | null): number | null {
  if (formula === null) return 0;
  const n = Number(formula.replace(/^=/, ""));
  return formula.replace(/^=/, "").trim() !== "" && Number.isFinite(n) ? n : null;
}

/**
 * Whether Excel accepts an entry under a rule. `listItems` resolves a list source that is a range reference.
 *
 * @example
 * acceptsEntry({ type: "WholeNumber", operator: "Between", formula1: "=1", formula2: "=10" }, 12, true, () => [])
 * // → false
 */
export function acceptsEntry(
  rule: RuleModel,
  value: CellValue,
  ignoreBlanks: boolean,
  listItems: (source: string) => readonly CellValue[] | null,
): boolean {
  if (value === "") return ignoreBlanks;
  if (rule.type === "Custom") return true;
  if (rule.type === "List") {
    const items = rule.source.startsWith("=")
      ? listItems(rule.source.slice(1))
      : rule.source.split(",").map((item) => item.trim());
    return items === null || items.some((item) => String(item) === String(value));
  }
  const a = constantBound(rule.formula1);
  const b = constantBound(rule.formula2);
  if (a === null || b === null) return true;
  if (rule.type === "TextLength") return COMPARE[rule.operator](String(value).length, a, b);
  if (typeof value !== "number") return false;
  if (rule.type === "WholeNumber" && !Number.isInteger(value)) return false;
  return COMPARE[rule.operator](value, a, b);
}
