/** Digits, including the financial forms (壹贰叁) and 两 as people say it before a magnitude (两千). */
const DIGITS: ReadonlyMap<string, number> = new Map([
  ["〇", 0],
  ["零", 0],
  ["一", 1],
  ["壹", 1],
  ["二", 2],
  ["贰", 2],
  ["两", 2],
  ["兩", 2],
  ["三", 3],
  ["叁", 3],
  ["四", 4],
  ["肆", 4],
  ["五", 5],
  ["伍", 5],
  ["六", 6],
  ["陆", 6],
  ["七", 7],
  ["柒", 7],
  ["八", 8],
  ["捌", 8],
  ["九", 9],
  ["玖", 9],
]);
/** Placeholders for a skipped place: 一百零五 = 105. */
const ZEROS: ReadonlySet<string> = new Set(["〇", "零"]);
/** Magnitudes inside a four-digit section. */
const SMALL_UNITS: ReadonlyMap<string, number> = new Map([
  ["十", 10],
  ["拾", 10],
  ["百", 100],
  ["佰", 100],
  ["千", 1000],
  ["仟", 1000],
]);
/** Magnitudes between sections, largest first; 万亿 is 万 then 亿 and needs no entry of its own. */
const BIG_UNITS: readonly { readonly chars: string; readonly value: number }[] = [
  { chars: "亿億", value: 1e8 },
  { chars: "万萬", value: 1e4 },
];
const POINT = "点";
/** No real numeral is longer; the bound keeps a scan over a pasted megabyte cheap. */
const MAX_NUMERAL_LENGTH = 40;

/** True for a digit character such as 三, 两 or 〇: a magnitude alone (万, 千) is not one. */
export function isChineseDigit(ch: string): boolean {
  return DIGITS.has(ch);
}

function isNumeralChar(ch: string): boolean {
  return DIGITS.has(ch) || SMALL_UNITS.has(ch) || isBigUnit(ch) || ch === POINT;
}

/** 二〇二〇 → "2020": digits read one by one, as years and codes are written. */
function digitString(text: string): string | null {
  let out = "";
  for (const ch of text) {
    const digit = DIGITS.get(ch);
    if (digit === undefined) return null;
    out += String(digit);
  }
  return out;
}

/** A section below 10000: 三千二百零五, 十五, and the spoken shortening 一百五 = 150. */
function parseSection(text: string): number | null {
  let value = 0;
  let pending: number | null = null;
  let lastUnit = Number.POSITIVE_INFINITY;
  let zero = false;
  for (const ch of text) {
    if (ZEROS.has(ch)) {
      if (pending !== null) return null;
      zero = true;
      continue;
    }
    const digit = DIGITS.get(ch);
    if (digit !== undefined) {
      if (pending !== null) return null;
      pending = digit;
      continue;
    }
    const unit = SMALL_UNITS.get(ch);
    if (unit === undefined || unit >= lastUnit) return null;
    // 十 alone opens a number (十二 = 12) but not after a higher place: 一百十 is not written, 一百一十 is.
    const multiplier: number | null =
      pending ?? (unit === 10 && lastUnit === Number.POSITIVE_INFINITY && !zero ? 1 : null);
    if (multiplier === null) return null;
    value += multiplier * unit;
    lastUnit = unit;
    pending = null;
    zero = false;
  }
  if (pending === null) return lastUnit === Number.POSITIVE_INFINITY && !zero ? null : value;
  // A last digit right after a place is one place lower (一百五 = 150); after 零 or with no place it is units.
  const place = lastUnit === Number.POSITIVE_INFINITY || zero ? 1 : lastUnit / 10;
  return value + pending * place;
}

/** Below `BIG_UNITS[level]`'s level: split at the last 亿 (so 三万亿 = 三万 × 亿), then at 万. */
function parseBelow(text: string, level: number): number | null {
  const big = BIG_UNITS[level];
  if (big === undefined) return parseSection(text);
  let at = -1;
  for (const ch of big.chars) at = Math.max(at, text.lastIndexOf(ch));
  if (at < 0) return parseBelow(text, level + 1);
  // 万 takes a section before it; 亿 takes anything, 万 included, which is how 万亿 reads.
  const high = level === 0 ? parseBelow(text.slice(0, at), 0) : parseSection(text.slice(0, at));
  if (high === null) return null;
  const lowText = text.slice(at + 1);
  if (lowText === "") return high * big.value;
  const zeroLed = ZEROS.has(lowText.charAt(0));
  const lowDigit = DIGITS.get(lowText);
  // 两万五 = 25000 and 一亿五 = 1.5亿: a lone digit after a magnitude is one place lower.
  const low =
    !zeroLed && lowDigit !== undefined
      ? (lowDigit * big.value) / 10
      : parseBelow(zeroLed ? lowText.slice(1) : lowText, level + 1);
  return low === null ? null : high * big.value + low;
}

function parseInteger(text: string): number | null {
  if (text === "") return null;
  const digits = digitString(text);
  if (digits !== null) return Number(digits);
  return parseBelow(text, 0);
}

/**
 * Reads a whole Chinese numeral, or returns null when the text is not exactly one. Place notation with magnitudes
 * gives the value (两千 = 2000, 三万 = 30000, 一亿二千万 = 120000000, 三万亿 = 3e12); digits without magnitudes
 * read one by one as years are written (二〇二〇 = 2020); 点 marks decimals (三点五 = 3.5).
 *
 * @example parseChineseNumeral("十二") // → 12
 * @example parseChineseNumeral("二〇二〇") // → 2020
 * @example parseChineseNumeral("十二五") // → null ("the 12th five-year plan", not a number)
 */
export function parseChineseNumeral(text: string): number | null {
  if (text.length === 0 || text.length > MAX_NUMERAL_LENGTH) return null;
  const point = text.indexOf(POINT);
  if (point < 0) return finite(parseInteger(text));
  const whole = parseInteger(text.slice(0, point));
  const fraction = digitString(text.slice(point + 1));
  if (whole === null || fraction === null || fraction === "") return null;
  return finite(Number(`${whole}.${fraction}`));
}

function finite(value: number | null): number | null {
  return value !== null && Number.isFinite(value) ? value : null;
}

/**
 * The longest Chinese numeral that starts at `start`, for a scanner that reads a unit next. A trailing 万 or 亿
 * is left for the unit, as digits leave it (`三万亿元` reads 三 and leaves `万亿元`, like `3万亿元`), so the figure
 * keeps the magnitude the writer used and a unitless figure is never a magnitude too large. A numeral with a
 * magnitude inside keeps it (`一亿二千万` is 120000000). Null when no numeral starts there.
 *
 * @example readChineseNumeral("两千家", 0) // → { value: 2000, end: 2 }
 * @example readChineseNumeral("突破七千亿", 2) // → { value: 7000, end: 4 }
 */
export function readChineseNumeral(
  text: string,
  start: number,
): { readonly value: number; readonly end: number } | null {
  let end = start;
  while (end < text.length && end - start < MAX_NUMERAL_LENGTH && isNumeralChar(text.charAt(end))) end++;
  for (let stop = end; stop > start; stop--) {
    const numeral = text.slice(start, stop);
    const value = parseChineseNumeral(numeral);
    if (value === null) continue;
    let headEnd = numeral.length;
    while (headEnd > 0 && isBigUnit(numeral.charAt(headEnd - 1))) headEnd--;
    const head = numeral.slice(0, headEnd);
    const headValue = headEnd < numeral.length && ![...head].some(isBigUnit) ? parseChineseNumeral(head) : null;
    return headValue === null ? { value, end: stop } : { value: headValue, end: start + headEnd };
  }
  return null;
}

function isBigUnit(ch: string): boolean {
  return BIG_UNITS.some((unit) => unit.chars.includes(ch));
}
