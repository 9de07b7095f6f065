import {
  ACTION_VERBS,
  COMPARATOR_WORDS,
  groupBy,
  LEADING_FILLERS,
  TRAILING_FILLERS,
  type ActionVerb,
  type ComparatorWord,
} from "./text-words";

const first = (text: string): string => text.charAt(0);
const last = (text: string): string => text.charAt(text.length - 1);
const LEADING_BY_FIRST = groupBy(LEADING_FILLERS, first);
const TRAILING_BY_LAST = groupBy(TRAILING_FILLERS, last);
const ACTIONS_BY_FIRST = groupBy(ACTION_VERBS, (verb) => first(verb.text));
const COMPARATORS_BY_LAST = groupBy(COMPARATOR_WORDS, (word) => last(word.text));

const leadingFiller = (name: string): string | undefined =>
  LEADING_BY_FIRST.get(first(name))?.find((word) => name.startsWith(word));
const trailingFiller = (name: string): string | undefined =>
  TRAILING_BY_LAST.get(last(name))?.find((word) => name.endsWith(word));
const leadingAction = (name: string): ActionVerb | undefined =>
  ACTIONS_BY_FIRST.get(first(name))?.find((verb) => name.startsWith(verb.text));

/*
 * What the words before a figure say: the indicator's name, the comparator verb right before the figure, a verb
 * before the name (`实现总产值10000亿元`), a baseline (`由…`) and the figure's own year (`2010年的`). Plans write
 * the name before the figure (`每万人发明专利拥有量达39件`) or after it (`建成1个国家实验室`).
 */

export interface LeftReading {
  /** The name as written, trimmed of verbs and filler words; "" when the name follows the figure. */
  readonly name: string;
  /** The nearest word right before the figure that states a bound (`达到`, `超过`), else a neutral one (`共`). */
  readonly word: ComparatorWord | null;
  readonly approximate: boolean;
  readonly decrease: boolean;
  /** A verb before the name: `实现`, `建成`, `新增`. */
  readonly action: ActionVerb | null;
  /** The verb has no name after it, so the name follows the figure: `建成1个国家实验室`. */
  readonly nameFollows: boolean;
  /** `由2015年的X提高到Y`: this figure is the baseline of the next. */
  readonly baseline: boolean;
  /** `2010年的` right before the figure. */
  readonly year: number | null;
}

/** Marks that begin a list item or a line and never belong to a name: `——`, `·`, `1.`, `（三）`. */
const LEADING_MARKS = /^(?:[\s、，,;；:：·•—-]|[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．])+/u;
/** `在全市建设…`: the preposition before a scope word. */
const LEADING_PREPOSITION = /^在(?=[全我本各])/u;
const INLINE_YEAR = /(\d{4})\s*年的$/u;
const BASELINE_WORDS = ["由", "从"];
/** Longer names are cut to the words after an enumeration's `等`: `A、B、C等各类研发基地` → `各类研发基地`. */
const ENUMERATION_END = "等";
const MAX_RIGHT_NAME = 30;
const NAME_STOPS = new Set([..."，,；;。！？!?:：、"]);

function stripFillers(text: string): string {
  let name = text.replace(LEADING_MARKS, "").replace(LEADING_PREPOSITION, "").trim();
  for (let changed = true; changed && name !== "";) {
    const before = name;
    const lead = leadingFiller(name);
    if (lead !== undefined) name = name.slice(lead.length).trimStart();
    const trail = trailingFiller(name);
    if (trail !== undefined) name = name.slice(0, name.length - trail.length).trimEnd();
    const action = leadingAction(name);
    if (action !== undefined) name = name.slice(action.text.length).trimStart();
    name = name.replace(LEADING_MARKS, "");
    changed = name !== before;
  }
  return name;
}

/**
 * A name as a person would read it: verbs and filler words off both ends, spaces collapsed, and an enumeration
 * before `等` dropped.
 *
 * @example cleanName("——力争高新技术企业数") // → "高新技术企业数"
 * @example cleanName("重点实验室、工程技术(研究)中心、企业技术中心等各类研发基地") // → "各类研发基地"
 */
export function cleanName(raw: string): string {
  let name = stripFillers(raw.replace(/\s+/gu, " "));
  const cut = name.lastIndexOf(ENUMERATION_END);
  if (cut > 0 && name.slice(0, cut).includes("、") && name.length - cut > 2) name = name.slice(cut + 1);
  if (name.endsWith(ENUMERATION_END)) name = name.slice(0, -ENUMERATION_END.length);
  return stripFillers(name);
}

function comparatorAtEnd(text: string): ComparatorWord | undefined {
  return COMPARATORS_BY_LAST.get(last(text))?.find((word) => {
    if (!text.endsWith(word.text)) return false;
    const before = text.charAt(text.length - word.text.length - 1);
    return before === "" || !(word.notAfter ?? "").includes(before);
  });
}

/** The first action verb (the longest where two start together), or null. */
function firstAction(text: string): { readonly verb: ActionVerb; readonly start: number } | null {
  let found: { verb: ActionVerb; start: number } | null = null;
  for (const verb of ACTION_VERBS) {
    const start = text.indexOf(verb.text);
    if (start >= 0 && (found === null || start < found.start)) found = { verb, start };
  }
  return found;
}

/**
 * Reads the words between the start of a clause (or the previous figure) and a figure.
 *
 * @example readLeft("每万人发明专利拥有量达") // → { name: "每万人发明专利拥有量", word: 达 (>=), action: null, … }
 * @example readLeft("实现总产值") // → { name: "总产值", word: null, action: 实现, nameFollows: false, … }
 * @example readLeft("力争建成") // → { name: "", action: 建成, nameFollows: true, … }
 * @example readLeft("万人发明专利拥有量由2010年的") // → { name: "万人发明专利拥有量", baseline: true, year: 2010, … }
 */
export function readLeft(left: string): LeftReading {
  let text = left.trimEnd();
  const inline = text.endsWith("的") ? INLINE_YEAR.exec(text) : null;
  const year = inline === null ? null : Number(inline[1]);
  if (inline !== null) text = text.slice(0, inline.index).trimEnd();
  let word: ComparatorWord | null = null;
  let approximate = false;
  let decrease = false;
  for (let peeled = true; peeled;) {
    peeled = false;
    const found = comparatorAtEnd(text);
    if (found !== undefined) {
      if (word === null || (word.comparator === null && found.comparator !== null)) word = found;
      approximate ||= found.approximate === true;
      decrease ||= found.decrease === true;
      text = text.slice(0, text.length - found.text.length).trimEnd();
      peeled = true;
    }
    const filler = trailingFiller(text);
    if (filler !== undefined) {
      text = text.slice(0, text.length - filler.length).trimEnd();
      peeled = true;
    }
  }
  const baselineWord = BASELINE_WORDS.find((candidate) => text.endsWith(candidate));
  if (baselineWord !== undefined) text = text.slice(0, text.length - baselineWord.length);
  const base = { word, approximate, decrease, baseline: baselineWord !== undefined, year };
  const action = word !== null && word.comparator !== null ? null : firstAction(text);
  if (action === null) return { ...base, name: cleanName(text), action: null, nameFollows: false };
  // Further verbs after the first (`布点培育建设一批…`) come off the front of the name.
  const after = cleanName(text.slice(action.start + action.verb.text.length));
  const before = cleanName(text.slice(0, action.start));
  return { ...base, name: before + after, action: action.verb, nameFollows: after === "" };
}

/**
 * The name written after a figure, up to the end of its clause or list item: `国家实验室` in
 * `建成1个国家实验室、1个国家技术创新中心`.
 *
 * @example readRightName("建成1个国家实验室、1个国家技术创新中心", 4, marks) // → { name: "国家实验室", end: 9 }
 */
export function readRightName(
  text: string,
  from: number,
  enclosed: Uint8Array,
): { readonly name: string; readonly end: number } {
  let end = from;
  while (end < text.length && end - from < MAX_RIGHT_NAME && !NAME_STOPS.has(text.charAt(end))) {
    const ch = text.charAt(end);
    // A digit starts the next figure, unless it is part of a quoted name (`“2011协同创新中心”`).
    if (ch >= "0" && ch <= "9" && enclosed[end] !== 1) break;
    end++;
  }
  return { name: cleanName(text.slice(from, end)), end };
}
