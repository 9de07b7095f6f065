import type { Quantity } from "../figure-types";
import { parseFigure } from "../figures";
import { isChineseDigit, readChineseNumeral } from "../numerals";
import {
  COMPARATOR_WORDS,
  DOUBLING_WORDS,
  groupBy,
  MAGNITUDES,
  MORE_THAN,
  RANGE_SEPARATORS,
  UNIT_BASES,
  UNIT_SUFFIXES,
} from "./text-words";

/*
 * Finds the figures of running text: a number (or a range) with a unit, and the words parseFigure reads with it
 * (`2000万平方米以上`, `500 余个`, `8%—10%`). Everything else with digits is skipped on purpose: a number without a
 * unit is an ordinal, a year or part of a name (`1.`, `2025年`, `中国制造2025`, `5G`), and a run of three numbers
 * is a date or a telephone number (`2025.4.23-25`, `86-21-20557000`).
 */

export interface FigureToken {
  readonly kind: "figure";
  readonly start: number;
  readonly end: number;
  readonly quantity: Quantity;
}

/** `翻一番` at the end of a clause: a doubling target. */
export interface DoublingToken {
  readonly kind: "doubling";
  readonly start: number;
  readonly end: number;
}

/** Right before a number these make it an ordinal, a rank or part of a code: `第五`, `前10%`, `4K/8K`. */
const NOT_BEFORE = "第前#№/~";
/** After a digit or a letter these join a code or a date (`HL-2M`, `2.0`); after words they are punctuation. */
const JOINERS = "-.,:";
/** Characters a skipped run of digits may contain, so that `86-21-20557000` is passed over in one piece. */
const RUN = /[0-9.,\-/:~a-zA-Z]/u;
const CLAUSE_END = new Set([..."，,；;。！？!?:、"]);
const YEAR_LENGTH = 4;

const isDigit = (ch: string): boolean => ch >= "0" && ch <= "9";
const isLatin = (ch: string): boolean => (ch >= "a" && ch <= "z") || (ch >= "A" && ch <= "Z");

function skipSpaces(text: string, at: number): number {
  let i = at;
  while (text.charAt(i) === " " || text.charAt(i) === "\t") i++;
  return i;
}

function runEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && RUN.test(text.charAt(i))) i++;
  return Math.max(i, at + 1);
}

/** Digits with thousands groups of three and a decimal part; `malformed` for a second decimal point (a date). */
function readDigits(text: string, at: number): { readonly end: number; readonly malformed: boolean } {
  let i = at;
  while (isDigit(text.charAt(i))) i++;
  while (text.charAt(i) === "," && [1, 2, 3].every((k) => isDigit(text.charAt(i + k))) && !isDigit(text.charAt(i + 4)))
    i += 4;
  if (text.charAt(i) === "." && isDigit(text.charAt(i + 1))) {
    i++;
    while (isDigit(text.charAt(i))) i++;
    if (text.charAt(i) === "." && isDigit(text.charAt(i + 1))) return { end: i, malformed: true };
  }
  return { end: i, malformed: false };
}

const BASES_BY_FIRST = groupBy(UNIT_BASES, (word) => word.charAt(0));
const MAGNITUDES_BY_FIRST = groupBy(MAGNITUDES, (word) => word.charAt(0));
const COMPARATORS_BY_LAST = groupBy(
  COMPARATOR_WORDS.filter((word) => word.comparator !== null),
  (word) => word.text.charAt(word.text.length - 1),
);

const wordAt = (words: ReadonlyMap<string, readonly string[]>, text: string, at: number): string | undefined =>
  words.get(text.charAt(at))?.find((word) => text.startsWith(word, at));

/** End of the unit starting at `at` (`万平方米`, `个`, `2万余家` from `万`), or null when none starts there. */
function unitEnd(text: string, at: number): number | null {
  const base = wordAt(BASES_BY_FIRST, text, at);
  if (base !== undefined) return at + base.length;
  const magnitude = wordAt(MAGNITUDES_BY_FIRST, text, at);
  if (magnitude === undefined) return null;
  let i = at + magnitude.length;
  if (MORE_THAN.includes(text.charAt(i)) && text.charAt(i) !== "") i++;
  const after = wordAt(BASES_BY_FIRST, text, i);
  return after === undefined ? i : i + after.length;
}

/** A number's unit, with `余`/`多` before it: returns the end of the unit, or null. */
function unitAfterNumber(text: string, numberEnd: number): number | null {
  let i = skipSpaces(text, numberEnd);
  if (MORE_THAN.includes(text.charAt(i)) && text.charAt(i) !== "") i = skipSpaces(text, i + 1);
  return unitEnd(text, i);
}

/** `以上`, `左右` and a footnote marker after the unit. */
function suffixEnd(text: string, at: number): number {
  const start = skipSpaces(text, at);
  const suffix = UNIT_SUFFIXES.find((word) => text.startsWith(word, start));
  const end = suffix === undefined ? at : start + suffix.length;
  return text.charAt(end) === "*" ? end + 1 : end;
}

function quantityOf(text: string, start: number, end: number): Quantity | null {
  const parsed = parseFigure(text.slice(start, end), "text");
  return parsed.ok && parsed.value.kind === "quantity" ? parsed.value : null;
}

/** The second number of a range `3-5个`: where it ends and whether a unit follows it. */
type RangeEnd = { readonly end: number; readonly unit: boolean } | null | "date-or-code";

function rangeEnd(text: string, from: number): RangeEnd {
  const sepAt = skipSpaces(text, from);
  const separator = text.charAt(sepAt);
  if (separator === "" || !RANGE_SEPARATORS.includes(separator)) return null;
  let k = sepAt + 1;
  if (separator === "—" && text.charAt(k) === "—") k++;
  k = skipSpaces(text, k);
  if (!isDigit(text.charAt(k))) return null;
  const second = readDigits(text, k);
  const next = text.charAt(second.end);
  if (second.malformed || isLatin(next)) return "date-or-code";
  if (next !== "" && RANGE_SEPARATORS.includes(next) && isDigit(text.charAt(second.end + 1))) return "date-or-code";
  // `2015至2020年` is a span of years, not a range of values.
  if (second.end - k === YEAR_LENGTH && text.charAt(skipSpaces(text, second.end)) === "年") return null;
  const unit = unitAfterNumber(text, second.end);
  return { end: unit ?? second.end, unit: unit !== null };
}

function figureAt(text: string, start: number, enclosed: Uint8Array): FigureToken | null {
  const previous = text.charAt(start - 1);
  const beforePrevious = text.charAt(start - 2);
  const joined = previous !== "" && JOINERS.includes(previous) && (isDigit(beforePrevious) || isLatin(beforePrevious));
  if (enclosed[start] === 1 || joined || (previous !== "" && NOT_BEFORE.includes(previous)) || isLatin(previous))
    return null;
  const first = readDigits(text, start);
  const next = text.charAt(first.end);
  if (first.malformed || isLatin(next) || next === "/") return null;
  const unit = unitAfterNumber(text, first.end);
  const range = rangeEnd(text, unit ?? first.end);
  if (range === "date-or-code" || (unit === null && range?.unit !== true)) return null;
  const end = suffixEnd(text, range?.end ?? unit ?? first.end);
  const quantity = quantityOf(text, start, end);
  return quantity === null ? null : { kind: "figure", start, end, quantity };
}

/** `突破七千亿`: a Chinese numeral counts only right after a comparator and when it ends the clause. */
function chineseFigureAt(text: string, start: number): FigureToken | null {
  const before = text.slice(Math.max(0, start - 4), start).trimEnd();
  const candidates = COMPARATORS_BY_LAST.get(before.charAt(before.length - 1)) ?? [];
  if (!candidates.some((word) => before.endsWith(word.text))) return null;
  const numeral = readChineseNumeral(text, start);
  if (numeral === null) return null;
  const unit = unitEnd(text, numeral.end);
  if (unit === null) return null;
  const end = suffixEnd(text, unit);
  const after = text.charAt(skipSpaces(text, end));
  if (after !== "" && !CLAUSE_END.has(after)) return null;
  const quantity = quantityOf(text, start, end);
  return quantity === null ? null : { kind: "figure", start, end, quantity };
}

/**
 * The figures of a paragraph, in order. `enclosed` marks quotes, titles and brackets (see `enclosures`).
 *
 * @example figuresIn("每万人发明专利拥有量达39件，全市技术合同成交总额超过1800亿元。", marks)
 * // → [{ start: 11, end: 14, quantity: { comparator: "=", value: 39, unit: "件", … } },
 * //    { start: 27, end: 33, quantity: { comparator: "=", value: 1800, unit: "亿元", … } }]
 */
export function figuresIn(text: string, enclosed: Uint8Array): readonly FigureToken[] {
  const found: FigureToken[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (isDigit(ch)) {
      const figure = figureAt(text, i, enclosed);
      if (figure !== null) found.push(figure);
      i = figure?.end ?? runEnd(text, i);
    } else if (isChineseDigit(ch) && enclosed[i] !== 1) {
      const figure = chineseFigureAt(text, i);
      if (figure !== null) found.push(figure);
      i = figure?.end ?? i + 1;
    } else {
      i++;
    }
  }
  return found;
}

/**
 * 翻一番, 翻番, 倍增 where they end a clause (`万人发明专利数实现翻番。`); inside a name (`高新技术企业倍增行动`) they
 * are no target.
 *
 * @example doublingsIn("技术合同交易额力争实现翻番,保持西部地区前列") // → [{ kind: "doubling", start: 11, end: 13 }]
 */
export function doublingsIn(text: string, enclosed: Uint8Array): readonly DoublingToken[] {
  const found: DoublingToken[] = [];
  for (const word of DOUBLING_WORDS) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      const end = at + word.length;
      const after = skipSpaces(text, text.startsWith("以上", end) ? end + 2 : end);
      const overlaps = found.some((token) => token.start < end && at < token.end);
      if (enclosed[at] !== 1 && !overlaps && (after >= text.length || CLAUSE_END.has(text.charAt(after))))
        found.push({ kind: "doubling", start: at, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
