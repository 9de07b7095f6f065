import type { CellInput } from "./model";
import type { Figure, FigureContext, FigureFailureCode, FigureResult, Quantity } from "./figure-types";
import { normalizeText } from "./normalize";
import { isChineseDigit, readChineseNumeral } from "./numerals";
import { convertValue, splitMagnitude } from "./units";

/*
 * A small hand-written scanner rather than one large regular expression: every step moves forward, so a pasted
 * megabyte costs linear time, and each decision (is this `-` a sign or a range?) is made in one readable place.
 *
 *   figure  := prefix* ( doubling | term ( separator term )? ) then nothing but spaces
 *   term    := sign? number 余? unit-text     unit-text ends with suffix words and a footnote marker
 */

type Bound = ">=" | ">" | "<=" | "<";

/**
 * What a word next to a number says. A `soft` bound is a verb (达到, 控制在) that a more specific word overrides:
 * `控制在5%以下` is `<`, `达到3-5个` is a range.
 */
interface Word {
  readonly text: string;
  readonly bound?: Bound;
  readonly soft?: boolean;
  readonly approximate?: boolean;
}

const byLengthDescending = (words: readonly Word[]): readonly Word[] =>
  [...words].sort((a, b) => b.text.length - a.text.length);

/** Words and signs before the number, longest first so that 不超过 is not read as 超过. */
const PREFIX_WORDS: readonly Word[] = byLengthDescending([
  { text: "≥", bound: ">=" },
  { text: "≧", bound: ">=" },
  { text: ">=", bound: ">=" },
  { text: "不低于", bound: ">=" },
  { text: "不少于", bound: ">=" },
  { text: "不小于", bound: ">=" },
  { text: "达到", bound: ">=", soft: true },
  { text: "达", bound: ">=", soft: true },
  { text: "实现", bound: ">=", soft: true },
  { text: ">", bound: ">" },
  { text: "超过", bound: ">" },
  { text: "突破", bound: ">" },
  { text: "高于", bound: ">" },
  { text: "大于", bound: ">" },
  { text: "多于", bound: ">" },
  { text: "≤", bound: "<=" },
  { text: "≦", bound: "<=" },
  { text: "<=", bound: "<=" },
  { text: "不超过", bound: "<=" },
  { text: "不高于", bound: "<=" },
  { text: "不大于", bound: "<=" },
  { text: "不多于", bound: "<=" },
  { text: "控制在", bound: "<=", soft: true },
  { text: "<", bound: "<" },
  { text: "低于", bound: "<" },
  { text: "小于", bound: "<" },
  { text: "少于", bound: "<" },
  { text: "约", approximate: true },
  { text: "大约", approximate: true },
  { text: "近", approximate: true },
  { text: "将近", approximate: true },
]);

/** Words after the unit, stripped from the end of the unit text. */
const SUFFIX_WORDS: readonly Word[] = byLengthDescending([
  { text: "以上", bound: ">=" },
  { text: "以内", bound: "<=" },
  { text: "以下", bound: "<" },
  { text: "左右", approximate: true },
  { text: "上下", approximate: true },
  { text: "余", bound: ">", approximate: true },
]);

/** `100余`, `500 余个`, `100多家`: more than the number, and not exactly known. Read right after the number. */
const MORE_THAN: Word = { text: "余", bound: ">", approximate: true };
const MORE_THAN_CHARS = "余多";

/** Doubling the baseline; the comparator `x2` carries no value of its own. */
const DOUBLING_WORDS: readonly string[] = ["翻了一番", "翻一番", "翻一倍", "翻番", "倍增"];

/** `百分之五十` is 50 %: the unit comes before the number. */
const UNIT_BEFORE_NUMBER: readonly (readonly [text: string, unit: string])[] = [
  ["百分之", "%"],
  ["千分之", "‰"],
];

const SIGNS: ReadonlyMap<string, number> = new Map([
  ["+", 1],
  ["-", -1],
  ["−", -1],
  ["﹣", -1],
  ["负", -1],
]);
/** Between the two ends of a range: `3-5`, `3～5` (folded to `~`), `3—5`, `3至5`. */
const RANGE_SEPARATORS = "-~〜—–―−至到";
/** Characters that end a unit: range separators, clause punctuation and brackets. `/` stays (`元/人`). */
const UNIT_STOPS = new Set([...RANGE_SEPARATORS, ..."。，,;；、.!?！？:：()（）[]【】\"“”'‘’"]);
/** The same, by character code (all are single UTF-16 units), so the unit scan makes no one-character strings. */
const UNIT_STOP_CODES: ReadonlySet<number> = new Set([...UNIT_STOPS].map((ch) => ch.charCodeAt(0)));
/** In running text these end a clause; trailing ones after a figure are fine. */
const CLAUSE_ENDS = new Set([..."。，,;；、.!?！？:："]);
/** Footnote markers after a figure (`7.5*`, `62①`); full-width `＊` arrives folded. */
const FOOTNOTE_CHARS = new Set([..."*※†‡", ...Array.from({ length: 20 }, (_, i) => String.fromCharCode(0x2460 + i))]);
/** A cell that says "no figure" on purpose, compared case-insensitively after width folding. */
const MISSING_MARKERS: ReadonlySet<string> = new Set(["/", "\\", "无", "空", "n/a", "na", "#n/a", "不适用", "暂无"]);
const DASHES = new Set([..."-—–―─−﹣"]);

const isSpace = (ch: string): boolean => ch === " " || ch === "\t" || ch === "\n" || ch === "\r";
const isSpaceCode = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
const isDigit = (ch: string): boolean => ch >= "0" && ch <= "9";

// Character codes: the scanner asks about a character at almost every step, and `charAt` makes a string each time
// for a Chinese character, which a code does not.
const CODE_ZERO = 0x30;
const CODE_NINE = 0x39;
const CODE_PLUS = 0x2b;
const CODE_MINUS = 0x2d;
const CODE_COMMA = 0x2c;
const CODE_POINT = 0x2e;
/** `charCodeAt` past the end gives NaN, which is no digit. */
const isDigitCode = (code: number): boolean => code >= CODE_ZERO && code <= CODE_NINE;
/** `isDigit(text.charAt(i))`. */
const isDigitAt = (text: string, i: number): boolean => isDigitCode(text.charCodeAt(i));
/** Up to this many decimal digits make an integer below 2^53, which a double holds exactly. */
const MAX_EXACT_DIGITS = 15;
const POWERS_OF_TEN: readonly number[] = Array.from({ length: MAX_EXACT_DIGITS + 1 }, (_, k) => 10 ** k);
const isLatinCode = (code: number): boolean => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
/** `charAt` past the end gives "", which every string `includes`. */
const isOneOf = (chars: string, ch: string): boolean => ch !== "" && chars.includes(ch);

function skipSpaces(text: string, at: number): number {
  let i = at;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** Prefix words by their first character, so a long run of symbols costs one lookup per character. */
const PREFIX_WORDS_BY_FIRST: ReadonlyMap<string, readonly Word[]> = new Map(
  [...new Set(PREFIX_WORDS.map((word) => word.text.charAt(0)))].map((first) => [
    first,
    PREFIX_WORDS.filter((word) => word.text.startsWith(first)),
  ]),
);

function matchPrefixWord(text: string, at: number): Word | undefined {
  return PREFIX_WORDS_BY_FIRST.get(text.charAt(at))?.find((word) => text.startsWith(word.text, at));
}

function isMissingMarker(text: string): boolean {
  // By code unit: every dash is one, and half a surrogate pair is no dash either way.
  let dashes = true;
  for (let i = 0; i < text.length && dashes; i++) dashes = DASHES.has(text.charAt(i));
  return dashes || MISSING_MARKERS.has(lowerCase(text));
}

/**
 * `text.toLowerCase()`, skipped for text with no letter that has case: lower-casing Chinese text goes through the
 * engine's slow Unicode path, yet digits, punctuation and CJK (U+3000–U+9FFF) have no case to change.
 */
function lowerCase(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const caseless = code < 0x41 || (code > 0x5a && code < 0x80) || (code >= 0x3000 && code <= 0x9fff);
    if (!caseless) return text.toLowerCase();
  }
  return text;
}

/** Some digit or Chinese digit: the text meant a number but did not write one well. */
function hasDigit(text: string): boolean {
  for (const ch of text) if (isDigit(ch) || isChineseDigit(ch)) return true;
  return false;
}

type Scanned<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly code: FigureFailureCode };
const failed = (code: FigureFailureCode): { readonly ok: false; readonly code: FigureFailureCode } => ({
  ok: false,
  code,
});

const isPoint = (ch: string, context: FigureContext): boolean => ch === "." || (context === "cell" && ch === "。");

/** A number in digits: `1,234.5`, `12。5` (cell only), `.5`, `1e+21` as JavaScript writes large numbers. */
function readDigits(
  text: string,
  at: number,
  context: FigureContext,
): Scanned<{ readonly value: number; readonly end: number }> | null {
  let i = at;
  while (isDigitAt(text, i)) i++;
  let whole = text.slice(at, i);
  if (text.charAt(i) === "," && isDigitAt(text, i + 1)) {
    let grouped = whole.length >= 1 && whole.length <= 3;
    let j = i;
    const groups = [whole];
    while (grouped && text.charAt(j) === "," && isDigitAt(text, j + 1)) {
      let k = j + 1;
      while (isDigitAt(text, k)) k++;
      grouped = k - j - 1 === 3;
      groups.push(text.slice(j + 1, k));
      j = k;
    }
    if (grouped) {
      whole = groups.join("");
      i = j;
    } else if (context === "cell") {
      return failed("malformed-number");
    }
    // In running text a comma that does not group thousands ends a clause: leave it for the caller.
  }
  let fraction = "";
  if (isPoint(text.charAt(i), context) && (whole !== "" || isDigitAt(text, i + 1))) {
    let k = i + 1;
    while (isDigitAt(text, k)) k++;
    fraction = text.slice(i + 1, k);
    i = k;
    if (isPoint(text.charAt(i), context) && isDigitAt(text, i + 1)) return failed("malformed-number");
  }
  if (whole === "" && fraction === "") return null;
  let exponent = "";
  const exponentSign = text.charAt(i + 1) === "+" || text.charAt(i + 1) === "-" ? 1 : 0;
  if ((text.charAt(i) === "e" || text.charAt(i) === "E") && isDigitAt(text, i + 1 + exponentSign)) {
    let k = i + 1 + exponentSign;
    while (isDigitAt(text, k)) k++;
    exponent = text.slice(i + 1, k);
    i = k;
  }
  const value =
    exponent === "" ? decimalValue(whole, fraction) : Number(`${whole || "0"}.${fraction || "0"}e${exponent}`);
  return Number.isFinite(value) ? { ok: true, value: { value, end: i } } : failed("malformed-number");
}

/**
 * The double nearest `whole.fraction` (digit strings, either may be empty): what `Number` gives for the decimal.
 * Up to 15 digits the digits make an exact integer and one division by an exact power of ten rounds it once, the
 * same rounding; longer ones go through `Number`.
 */
function decimalValue(whole: string, fraction: string): number {
  if (whole.length + fraction.length > MAX_EXACT_DIGITS) return Number(`${whole || "0"}.${fraction || "0"}`);
  let mantissa = 0;
  for (let i = 0; i < whole.length; i++) mantissa = mantissa * 10 + (whole.charCodeAt(i) - CODE_ZERO);
  for (let i = 0; i < fraction.length; i++) mantissa = mantissa * 10 + (fraction.charCodeAt(i) - CODE_ZERO);
  return fraction.length === 0 ? mantissa : mantissa / (POWERS_OF_TEN[fraction.length] as number);
}

/** A signed number in digits or Chinese numerals; null when none starts here. */
function readNumber(
  text: string,
  at: number,
  context: FigureContext,
): Scanned<{ readonly value: number; readonly end: number }> | null {
  const signChar = text.charAt(at);
  const sign = SIGNS.get(signChar);
  const start = sign === undefined ? at : at + 1;
  const digits = readDigits(text, start, context);
  if (digits !== null)
    return digits.ok ? { ok: true, value: { value: (sign ?? 1) * digits.value.value, end: digits.value.end } } : digits;
  const numeral = readChineseNumeral(text, start);
  if (numeral === null) return null;
  // 十二五 reads 十二 and then a digit: not one number.
  if (isChineseDigit(text.charAt(numeral.end))) return failed("malformed-number");
  return { ok: true, value: { value: (sign ?? 1) * numeral.value, end: numeral.end } };
}

interface Term {
  readonly value: number;
  readonly unit: string | null;
  readonly words: readonly Word[];
  readonly footnote: string | null;
  readonly end: number;
}

/** Whether text[i] continues the unit text that started at `start`, by character code. */
function belongsToUnit(text: string, i: number, start: number): boolean {
  const code = text.charCodeAt(i);
  if (isSpaceCode(code) || UNIT_STOP_CODES.has(code)) return false;
  // Digits belong to a unit only right after a Latin letter: `m2`, `CO2`.
  return !isDigitCode(code) || (i > start && isLatinCode(text.charCodeAt(i - 1)));
}

/** The unit text after a number, across stray spaces (`2.96 万亿元`), up to a digit, a separator or punctuation. */
function readUnitText(text: string, at: number): { readonly raw: string; readonly end: number } {
  if (at >= text.length) return { raw: "", end: at };
  let raw = "";
  let end = at;
  for (;;) {
    const start = skipSpaces(text, end);
    let i = start;
    while (i < text.length && belongsToUnit(text, i, start)) i++;
    if (i === start) return { raw, end };
    raw += text.slice(start, i);
    end = i;
  }
}

interface UnitTail {
  readonly unit: string | null;
  readonly words: readonly Word[];
  readonly footnote: string | null;
}

/** A number with nothing after it, the usual case, needs no look at suffixes or magnitudes. */
const NO_TAIL: UnitTail = { unit: null, words: [], footnote: null };

/** Peels footnote markers and suffix words (以上, 左右) off the end of the unit text; the rest is the unit. */
function splitUnitText(raw: string): UnitTail {
  if (raw === "") return NO_TAIL;
  const words: Word[] = [];
  let footnote: string | null = null;
  let end = raw.length;
  for (;;) {
    let markerStart = end;
    while (markerStart > 0 && FOOTNOTE_CHARS.has(raw.charAt(markerStart - 1))) markerStart--;
    if (markerStart < end) {
      footnote ??= raw.slice(markerStart, end);
      end = markerStart;
      continue;
    }
    const word = SUFFIX_WORDS.find((w) => end >= w.text.length && raw.startsWith(w.text, end - w.text.length));
    if (word === undefined) break;
    words.push(word);
    end -= word.text.length;
  }
  // 2万余家: 余 after the magnitude belongs with the number, not in the unit.
  const { prefix, base } = splitMagnitude(raw.slice(0, end));
  if (prefix !== "" && isOneOf(MORE_THAN_CHARS, base.charAt(0))) {
    words.push(MORE_THAN);
    return { unit: prefix + base.slice(1) || null, words, footnote };
  }
  return { unit: raw.slice(0, end) || null, words, footnote };
}

function readTerm(text: string, at: number, context: FigureContext): Scanned<Term> | null {
  const number = readNumber(text, at, context);
  if (number === null || !number.ok) return number;
  const moreAt = skipSpaces(text, number.value.end);
  const more = isOneOf(MORE_THAN_CHARS, text.charAt(moreAt));
  const unitText = readUnitText(text, more ? moreAt + 1 : number.value.end);
  const tail = splitUnitText(unitText.raw);
  const words = more ? [MORE_THAN, ...tail.words] : tail.words;
  return {
    ok: true,
    value: { value: number.value.value, unit: tail.unit, words, footnote: tail.footnote, end: unitText.end },
  };
}

const isHardBound = (word: Word): boolean => word.bound !== undefined && word.soft !== true;
const isUpward = (bound: Bound): boolean => bound === ">=" || bound === ">";
const isStrict = (bound: Bound): boolean => bound === ">" || bound === "<";

/** The one bound that says all of `bounds` at once: `>=` and `>` both hold for `>`; `>` and `<` contradict. */
function strictest(bounds: readonly Bound[]): Scanned<Bound | null> {
  if (bounds.length === 0) return { ok: true, value: null };
  const upward = bounds.every(isUpward);
  if (!upward && bounds.some(isUpward)) return failed("malformed-number");
  const strict = bounds.some(isStrict);
  return { ok: true, value: upward ? (strict ? ">" : ">=") : strict ? "<" : "<=" };
}

/** The bound the words state together; specific words override soft verbs (`控制在5%以下` is `<`). */
function combineBounds(words: readonly Word[]): Scanned<Bound | null> {
  if (words.length === 0) return NO_BOUND;
  const hard = strictest(boundsOf(words, true));
  if (!hard.ok || hard.value !== null) return hard;
  return strictest(boundsOf(words, false));
}

const NO_BOUND: Scanned<null> = { ok: true, value: null };

/** The bounds of the hard (or the soft) words, in order. */
function boundsOf(words: readonly Word[], hard: boolean): readonly Bound[] {
  const bounds: Bound[] = [];
  for (const word of words) if (word.bound !== undefined && isHardBound(word) === hard) bounds.push(word.bound);
  return bounds;
}

const approximate = (words: readonly Word[]): boolean => words.some((word) => word.approximate === true);

// Fields written out rather than spread: every figure passes here, and a spread costs a generic copy.
const quantity = (
  fields: Pick<Quantity, "comparator" | "value" | "low" | "high" | "unit" | "approximate" | "footnote">,
): Quantity => ({
  kind: "quantity",
  comparator: fields.comparator,
  value: fields.value,
  low: fields.low,
  high: fields.high,
  unit: fields.unit,
  approximate: fields.approximate,
  footnote: fields.footnote,
});

/** A bare number, as a typed `1234` or a number Excel hands over reads. */
const exactly = (value: number): Quantity =>
  quantity({ comparator: "=", value, low: null, high: null, unit: null, approximate: false, footnote: null });

/** Zero is zero: `-0` must not surface as a value that prints `0` but compares oddly. */
const plain = (value: number): number => (value === 0 ? 0 : value);

/**
 * Most cells hold a plain decimal (`1234`, `-3.5`, `12.50`, `1,234.5`). This reads exactly that form in one pass
 * over the character codes, without the scanner's intermediate strings and objects, and gives the value the
 * scanner would give (a property test holds the two together). Anything else, an exponent, spaces, full-width
 * digits or a number too large for a double included, returns null and goes to the scanner, so this path never
 * decides a case of its own: whenever it returns a number, `parseFigure(text)` is that number with comparator `=`
 * and no unit, footnote or approximation, in a cell and in text alike.
 *
 * @example readPlainDecimal("1,234.5") // → 1234.5
 * @example readPlainDecimal("-0") // → 0
 * @example readPlainDecimal("12 ") // → null (the scanner reads it)
 */
export function readPlainDecimal(text: string): number | null {
  const first = text.charCodeAt(0);
  const digitsFrom = first === CODE_MINUS || first === CODE_PLUS ? 1 : 0;
  // The digits as one integer, exact while there are at most 15 of them (below 2^53), and how many follow the point.
  let mantissa = 0;
  let digits = 0;
  let i = digitsFrom;
  for (let code = text.charCodeAt(i); isDigitCode(code); code = text.charCodeAt(++i)) {
    mantissa = mantissa * 10 + (code - CODE_ZERO);
    digits++;
  }
  if (digits === 0) return null;
  const grouped = text.charCodeAt(i) === CODE_COMMA;
  if (grouped) {
    // Thousands separators as the scanner takes them: 1–3 digits, then groups of exactly three.
    if (digits > 3) return null;
    while (text.charCodeAt(i) === CODE_COMMA) {
      for (let k = 1; k <= 3; k++) {
        const code = text.charCodeAt(i + k);
        if (!isDigitCode(code)) return null;
        mantissa = mantissa * 10 + (code - CODE_ZERO);
        digits++;
      }
      i += 4;
    }
    if (isDigitCode(text.charCodeAt(i))) return null;
  }
  let fractionDigits = 0;
  if (text.charCodeAt(i) === CODE_POINT) {
    for (let code = text.charCodeAt(++i); isDigitCode(code); code = text.charCodeAt(++i)) {
      mantissa = mantissa * 10 + (code - CODE_ZERO);
      fractionDigits++;
    }
    if (fractionDigits === 0) return null;
    digits += fractionDigits;
  }
  if (i !== text.length) return null;
  const negative = first === CODE_MINUS;
  if (digits <= MAX_EXACT_DIGITS) {
    // An exact integer divided by an exact power of ten rounds once, to the double nearest the decimal: what
    // `Number` gives for the text, and what the scanner's `Number("1234.5e0")` gives. Rounding is symmetric in sign.
    const magnitude = fractionDigits === 0 ? mantissa : mantissa / (POWERS_OF_TEN[fractionDigits] as number);
    return plain(negative ? -magnitude : magnitude);
  }
  const value = Number(grouped ? text.replaceAll(",", "") : text);
  return Number.isFinite(value) ? plain(value) : null;
}

/** After the figure only spaces may follow, and in running text the punctuation that closes the clause. */
function checkNothingFollows(text: string, from: number, context: FigureContext): Scanned<null> {
  for (let i = from; i < text.length; i++) {
    const ch = text.charAt(i);
    if (!isSpace(ch) && !(context === "text" && CLAUSE_ENDS.has(ch)))
      return failed(hasDigit(text.slice(from)) ? "several-numbers" : "malformed-number");
  }
  return { ok: true, value: null };
}

/** 翻一番 and its kin, after any prefix words. */
function readDoubling(text: string, at: number, before: readonly Word[], context: FigureContext): Scanned<Quantity> {
  const tail = readUnitText(text, at);
  const { unit, words: after, footnote } = splitUnitText(tail.raw);
  const words = [...before, ...after];
  const end = checkNothingFollows(text, tail.end, context);
  if (!end.ok) return end;
  const bound = combineBounds(words);
  // A doubling target is already a floor, so 翻一番以上 still reads x2; an upper bound on it means nothing.
  if (unit !== null || !bound.ok || (bound.value !== null && !isUpward(bound.value))) return failed("malformed-number");
  return {
    ok: true,
    value: quantity({
      comparator: "x2",
      value: null,
      low: null,
      high: null,
      unit: null,
      approximate: approximate(words),
      footnote,
    }),
  };
}

/** A number or a range, with its unit and the words around it. */
function readQuantity(
  text: string,
  at: number,
  before: readonly Word[],
  context: FigureContext,
): Scanned<Quantity> | null {
  const unitFirst = UNIT_BEFORE_NUMBER.find(([prefix]) => text.startsWith(prefix, at));
  const impliedUnit = unitFirst?.[1] ?? null;
  const first = readTerm(text, at + (unitFirst?.[0].length ?? 0), context);
  if (first === null || !first.ok) return first;

  let second: Term | null = null;
  const separatorAt = skipSpaces(text, first.value.end);
  if (isOneOf(RANGE_SEPARATORS, text.charAt(separatorAt))) {
    const doubled = text.charAt(separatorAt) === "—" && text.charAt(separatorAt + 1) === "—";
    const high = readTerm(text, skipSpaces(text, separatorAt + (doubled ? 2 : 1)), context);
    // `5-` or `5--`: a separator promises a second number.
    if (high === null) return failed("malformed-number");
    if (!high.ok) return high;
    second = high.value;
  }
  const end = checkNothingFollows(text, second?.end ?? first.value.end, context);
  if (!end.ok) return end;

  const words = [...before, ...first.value.words, ...(second?.words ?? [])];
  const bound = combineBounds(words);
  if (!bound.ok) return bound;
  const footnote = first.value.footnote ?? second?.footnote ?? null;
  if (second === null) {
    const unit = first.value.unit ?? impliedUnit;
    return {
      ok: true,
      value: quantity({
        comparator: bound.value ?? "=",
        value: plain(first.value.value),
        low: null,
        high: null,
        unit,
        approximate: approximate(words),
        footnote,
      }),
    };
  }

  // `≥3-5` says two different things; a soft verb (达到3-5个) gives way to the range.
  if (words.some(isHardBound)) return failed("malformed-number");
  // `3-5个`, `3个-5个`, `3%-5%`: one unit for both ends; `3千-1万` brings the low end into the high end's unit.
  const unit = second.unit ?? first.value.unit;
  const low =
    first.value.unit === null || first.value.unit === unit
      ? first.value.value
      : convertValue(first.value.value, first.value.unit, unit);
  const lowValue = typeof low === "number" ? low : low.ok ? low.value : null;
  if (lowValue === null) return failed("malformed-number");
  if (lowValue > second.value) return failed("inverted-range");
  return {
    ok: true,
    value: quantity({
      comparator: "range",
      value: null,
      low: plain(lowValue),
      high: plain(second.value),
      unit: unit ?? impliedUnit,
      approximate: approximate(words),
      footnote,
    }),
  };
}

function parseText(raw: string, context: FigureContext): Scanned<Figure> {
  const text = normalizeText(raw, context === "text" ? { keep: "，" } : {}).trim();
  if (text === "") return { ok: true, value: { kind: "missing", marker: "" } };
  const plainValue = readPlainDecimal(text);
  if (plainValue !== null) return { ok: true, value: exactly(plainValue) };
  if (isMissingMarker(text)) return { ok: true, value: { kind: "missing", marker: raw.trim() } };

  const before: Word[] = [];
  let at = 0;
  for (let word = matchPrefixWord(text, at); word !== undefined; word = matchPrefixWord(text, at)) {
    before.push(word);
    at = skipSpaces(text, at + word.text.length);
  }
  if (before.length > 0) {
    // `约1234`, `≥67`: words, then a plain decimal. What `readQuantity` would make of it, without the scan.
    const value = readPlainDecimal(text.slice(at));
    if (value !== null) return boundedPlain(before, value);
  }
  const doubling = DOUBLING_WORDS.find((word) => text.startsWith(word, at));
  if (doubling !== undefined) return readDoubling(text, at + doubling.length, before, context);
  return readQuantity(text, at, before, context) ?? failed(hasDigit(text) ? "malformed-number" : "not-a-number");
}

/** A plain decimal after the words `before`: no unit, no footnote; the words give the bound and the approximation. */
function boundedPlain(before: readonly Word[], value: number): Scanned<Quantity> {
  const bound = combineBounds(before);
  if (!bound.ok) return bound;
  return {
    ok: true,
    value: quantity({
      comparator: bound.value ?? "=",
      value,
      low: null,
      high: null,
      unit: null,
      approximate: approximate(before),
      footnote: null,
    }),
  };
}

/**
 * Reads a figure as people type it in a cell or plans write it in text, and never throws.
 *
 * - Digits in half or full width (`１２．５`), thousands separators only in groups of three (`1,234,567`; `12,34`
 *   is malformed), `。` as a decimal point only in a cell, signs `+ - − ＋ －`, Chinese numerals (`两千`, `二〇二〇`).
 * - The unit stays as written, magnitude included (`2.96万亿元` → 2.96 `万亿元`); `units.ts` converts.
 * - Comparators: a bare number is `=`; ≥ 以上 不低于 不少于 达到 达 实现 give `>=`; > 超过 突破 余 give `>`;
 *   ≤ 不超过 不高于 以内 控制在 give `<=`; < 低于 以下 give `<`. 达到/达/实现/控制在 are verbs that a more specific
 *   word overrides (`控制在5%以下` is `<`). 约 近 左右 余 mark the figure approximate.
 * - `3-5个`, `3%～5%`, `3至5` are ranges (`5-3` is an inverted range); 翻一番 翻番 倍增 翻一倍 are `x2`.
 * - `7.5*`, `62①` carry a footnote marker. Blank, `——`, `-`, `/`, `无`, `N/A`, `不适用`, `暂无` are Missing.
 * - A JavaScript number is taken as it is; `=5` (a formula pasted as text) and booleans are not figures.
 *
 * @example parseFigure("≥67") // → ok, { kind: "quantity", comparator: ">=", value: 67, unit: null, … }
 * @example parseFigure("2.96万亿元") // → ok, { comparator: "=", value: 2.96, unit: "万亿元", … }
 * @example parseFigure("3-5个") // → ok, { comparator: "range", low: 3, high: 5, unit: "个", … }
 * @example parseFigure("——") // → ok, { kind: "missing", marker: "——" }
 * @example parseFigure("12。5", "text") // → not ok, [{ code: "several-numbers", input: "12。5" }]
 */
export function parseFigure(input: CellInput, context: FigureContext = "cell"): FigureResult {
  if (input === null || input === undefined) return { ok: true, value: { kind: "missing", marker: "" } };
  if (typeof input === "boolean") return failWith("not-a-number", String(input));
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return failWith("not-a-number", String(input));
    return { ok: true, value: exactly(plain(input)) };
  }
  const parsed = parseText(input, context);
  return parsed.ok ? parsed : failWith(parsed.code, input);
}

function failWith(code: FigureFailureCode, text: string): FigureResult {
  return { ok: false, issues: [{ code, input: text }] };
}
