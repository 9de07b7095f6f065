import { normalizeText } from "../normalize";

/** A unit in brackets is short and has no digit of its own (`m2` and `CO2` keep theirs after a letter). */
const MAX_UNIT_LENGTH = 8;
/** Words that make a bracket a remark about the name (`（含技术先进型服务企业）`), never a unit. */
const REMARK_WORDS: readonly string[] = ["含", "包括", "其中", "不", "以", "按", "为"];
const LOOKS_LIKE_UNIT = /^(?:[^\d]|(?<=[A-Za-z])\d)+$/u;
const OPENING = new Set(["(", "（"]);
const CLOSING = new Set([")", "）"]);

/**
 * An indicator name as a table prints it, split into the name and the unit in its trailing brackets, full- or
 * half-width, closed or not (PDF copies lose the closing bracket: `科技进步贡献率(%`). Brackets inside the name
 * and brackets that hold more than a unit (`(2015年为基期)`) stay in the name.
 *
 * @example splitNameUnit("科技进步贡献率（%）") // → { name: "科技进步贡献率", unit: "%" }
 * @example splitNameUnit("科技进步贡献率(%") // → { name: "科技进步贡献率", unit: "%" }
 * @example splitNameUnit("每万劳动力中研发人员数") // → { name: "每万劳动力中研发人员数", unit: null }
 */
export function splitNameUnit(raw: string): { readonly name: string; readonly unit: string | null } {
  const text = raw.trim();
  let end = text.length;
  if (CLOSING.has(text.charAt(end - 1))) end--;
  let open = end - 1;
  while (open >= 0 && !OPENING.has(text.charAt(open)) && !CLOSING.has(text.charAt(open))) open--;
  const name = text.slice(0, Math.max(open, 0)).trim();
  const unit = normalizeText(text.slice(open + 1, end)).trim();
  const isUnit =
    open > 0 &&
    OPENING.has(text.charAt(open)) &&
    name !== "" &&
    unit !== "" &&
    unit.length <= MAX_UNIT_LENGTH &&
    LOOKS_LIKE_UNIT.test(unit) &&
    !REMARK_WORDS.some((word) => unit.includes(word));
  return isUnit ? { name, unit } : { name: text, unit: null };
}
