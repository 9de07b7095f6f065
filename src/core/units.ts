import type { Result } from "./model";
import { normalizeText } from "./normalize";

/** A unit split into the magnitude people put in front (万, 亿, 万亿) and the base that is counted (元, 件, %). */
export interface UnitParts {
  readonly factor: number;
  readonly base: string;
}

export interface ConvertIssue {
  /** `incompatible-units`: no conversion relates the two units; `not-finite`: the value or the result is not a finite number. */
  readonly code: "incompatible-units" | "not-finite";
  readonly from: string | null;
  readonly to: string | null;
}

export type ConvertResult = Result<number, ConvertIssue>;

/** Magnitude prefixes, longest first so that 万亿 is not read as 万 + 亿元. 百 alone is absent: 百分点 is no 100 分点. */
const MAGNITUDES: readonly (readonly [prefix: string, factor: number])[] = [
  ["万亿", 1e12],
  ["千亿", 1e11],
  ["百亿", 1e10],
  ["十亿", 1e9],
  ["千万", 1e7],
  ["百万", 1e6],
  ["十万", 1e5],
  ["亿", 1e8],
  ["万", 1e4],
  ["千", 1e3],
];

/** Base units whose names begin with a magnitude character: 千瓦 is a unit of its own, not a thousand 瓦. */
const BASES_LOOKING_LIKE_MAGNITUDES: readonly string[] = [
  "千瓦",
  "千克",
  "千米",
  "千伏",
  "千焦",
  "千帕",
  "千卡",
  "千赫",
];

/** The characters a magnitude prefix can start with. */
const MAGNITUDE_FIRST_CHARS: ReadonlySet<string> = new Set(MAGNITUDES.map(([prefix]) => prefix.charAt(0)));

/** How a base relates to others: bases of one dimension convert by the ratio of their scales. */
interface Dimension {
  readonly dimension: string;
  readonly scale: number;
}

/**
 * Bases that are not simply themselves. A percentage point (个百分点) measures the difference of two percentages,
 * so it has the scale of `%` but its own dimension: `提高2个百分点` can be compared with a figure in `%` (both are
 * hundredths) but not with one in `‰`, where the same words would mean tenths of a point.
 */
const DIMENSIONS: ReadonlyMap<string, Dimension> = new Map([
  ["%", { dimension: "fraction", scale: 1e-2 }],
  ["‰", { dimension: "fraction", scale: 1e-3 }],
  ["‱", { dimension: "fraction", scale: 1e-4 }],
  ["个百分点", { dimension: "point", scale: 1e-2 }],
  ["百分点", { dimension: "point", scale: 1e-2 }],
  ["平米", { dimension: "平方米", scale: 1 }],
]);

/** Dimensions that a magnitude cannot prefix and a bare magnitude (`万`) cannot stand for. */
const RATIO_DIMENSIONS: ReadonlySet<string> = new Set(["fraction", "point"]);

/** Conversions round to this many significant digits, so 2.96 × 10¹² / 10⁸ gives 29600, not 29600.000000000004. */
const SIGNIFICANT_DIGITS = 12;

function clean(unit: string): string {
  const folded = normalizeText(unit);
  return hasWhiteSpace(folded) ? folded.replace(/\s/gu, "") : folded;
}

/** Whether `/\s/u` matches anywhere; a unit rarely has any, and a scan costs less than a replace that finds none. */
function hasWhiteSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code >= 0x80 && WHITE_SPACE.test(text.charAt(i)))) {
      return true;
    }
  }
  return false;
}

const WHITE_SPACE = /\s/u;

/**
 * The magnitude prefix of a unit as written, its factor and the rest. Used by the figure parser to find `余`
 * after a magnitude (`2万余家`).
 *
 * @example splitMagnitude("万亿元") // → { prefix: "万亿", factor: 1e12, base: "元" }
 */
export function splitMagnitude(unit: string): {
  readonly prefix: string;
  readonly factor: number;
  readonly base: string;
} {
  // Most units (件, %, 元) start with no magnitude character, so no entry of either table can match: one lookup
  // instead of two table scans.
  if (!MAGNITUDE_FIRST_CHARS.has(unit.charAt(0))) return { prefix: "", factor: 1, base: unit };
  if (BASES_LOOKING_LIKE_MAGNITUDES.some((base) => unit.startsWith(base))) return { prefix: "", factor: 1, base: unit };
  const magnitude = MAGNITUDES.find(([prefix]) => unit.startsWith(prefix));
  if (magnitude === undefined) return { prefix: "", factor: 1, base: unit };
  const [prefix, factor] = magnitude;
  return { prefix, factor, base: unit.slice(prefix.length) };
}

/**
 * Splits a unit into its magnitude factor and base, after folding width and spaces. Base units that begin with a
 * magnitude character stay whole (`千瓦`, `千克`, `千米`), so `万千瓦` is ten thousand 千瓦.
 *
 * @example parseUnit("万亿元") // → { factor: 1e12, base: "元" }
 * @example parseUnit("万千瓦") // → { factor: 1e4, base: "千瓦" }
 * @example parseUnit("％") // → { factor: 1, base: "%" }
 * @example parseUnit(null) // → { factor: 1, base: "" }
 */
export function parseUnit(unit: string | null): UnitParts {
  if (unit === null) return { factor: 1, base: "" };
  const { factor, base } = splitMagnitude(clean(unit));
  return { factor, base };
}

/** What conversion needs of a unit: its magnitude, what it counts, and the scale of that within its dimension. */
export interface UnitMeasure {
  readonly factor: number;
  readonly dimension: string;
  readonly scale: number;
}

/** Factor, dimension and scale of a unit; null for a ratio with a magnitude (`万%`), which means nothing. */
function measureOf({ factor, base }: UnitParts): UnitMeasure | null {
  const { dimension, scale } = DIMENSIONS.get(base) ?? { dimension: base, scale: 1 };
  if (RATIO_DIMENSIONS.has(dimension) && factor !== 1) return null;
  return { factor, dimension, scale };
}

function dimensionsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  // A bare magnitude (万) counts whatever the other side counts, but is never a share.
  return (a === "" && !RATIO_DIMENSIONS.has(b)) || (b === "" && !RATIO_DIMENSIONS.has(a));
}

/**
 * A unit read once for {@link convertPrepared}: a row converts every figure into the same unit, so reading that
 * unit (width folding, magnitude, dimension) once per row instead of once per figure saves most of the work.
 */
export interface PreparedUnit {
  /** The unit as written; null for none. */
  readonly text: string | null;
  /** `parseUnit(text)`. */
  readonly parts: UnitParts;
  /** Null when `text` is null, and also when the unit cannot be converted at all (`万%`). */
  readonly measure: UnitMeasure | null;
}

const NO_UNIT: PreparedUnit = { text: null, parts: parseUnit(null), measure: null };

/**
 * Reads a unit for {@link convertPrepared}.
 *
 * @example
 * prepareUnit("万亿元")
 * // → { text: "万亿元", parts: { factor: 1e12, base: "元" }, measure: { factor: 1e12, dimension: "元", scale: 1 } }
 * prepareUnit(null) // → { text: null, parts: { factor: 1, base: "" }, measure: null }
 */
export function prepareUnit(unit: string | null): PreparedUnit {
  if (unit === null) return NO_UNIT;
  const parts = parseUnit(unit);
  return { text: unit, parts, measure: measureOf(parts) };
}

/**
 * Converts a value from one unit to another. A figure without a unit (null or blank) is in the column's unit:
 * people type `29600` into a column whose unit is `亿元` and mean 29600 亿元. Into a column without a unit, a
 * magnitude still applies (`1.2万` → 12000).
 * A bare magnitude converts to any counted base (`1.2万` → `件` = 12000); `‰` → `%` divides by 10; `个百分点` goes
 * only with itself and `%` (see the note on percentage points); `%` with a magnitude goes with nothing.
 * Results are rounded to 12 significant digits to drop binary floating-point noise.
 *
 * @example convertValue(2.96, "万亿元", "亿元") // → { ok: true, value: 29600 }
 * @example convertValue(5, "‰", "%") // → { ok: true, value: 0.5 }
 * @example convertValue(3, "个", "%") // → { ok: false, issues: [{ code: "incompatible-units", from: "个", to: "%" }] }
 */
export function convertValue(value: number, from: string | null, to: string | null): ConvertResult {
  return convertPrepared(value, prepareUnit(from), prepareUnit(to));
}

/**
 * {@link convertValue} between units read once with {@link prepareUnit}; the same result.
 *
 * @example convertPrepared(1.2, prepareUnit("万"), prepareUnit("件")) // → { ok: true, value: 12000 }
 */
export function convertPrepared(value: number, from: PreparedUnit, to: PreparedUnit): ConvertResult {
  const source = from.measure;
  const target = to.measure;
  if ((from.text !== null && source === null) || (to.text !== null && target === null)) {
    return failure("incompatible-units", from, to);
  }
  if (!Number.isFinite(value)) return failure("not-finite", from, to);
  // A bare figure is in the column's unit: that is what the template's unit column tells people.
  if (source === null || (source.factor === 1 && source.dimension === "")) return { ok: true, value };
  // A column without a unit still counts something, so a magnitude applies (`1.2万` → 12000) whatever base the
  // figure names; a share or a percentage point stays as written.
  if (target === null || (target.factor === 1 && target.dimension === "")) {
    return RATIO_DIMENSIONS.has(source.dimension) ? { ok: true, value } : scaleBy(value, source.factor, from, to);
  }
  const pointAndPercent =
    (source.dimension === "point" && target.dimension === "fraction" && target.scale === 1e-2) ||
    (target.dimension === "point" && source.dimension === "fraction" && source.scale === 1e-2);
  if (!dimensionsMatch(source.dimension, target.dimension) && !pointAndPercent) {
    return failure("incompatible-units", from, to);
  }
  return scaleBy(value, (source.factor * source.scale) / (target.factor * target.scale), from, to);
}

function failure(code: ConvertIssue["code"], from: PreparedUnit, to: PreparedUnit): ConvertResult {
  return { ok: false, issues: [{ code, from: from.text, to: to.text }] };
}

function scaleBy(value: number, ratio: number, from: PreparedUnit, to: PreparedUnit): ConvertResult {
  if (ratio === 1) return { ok: true, value };
  const converted = roundToSignificantDigits(value * ratio);
  return Number.isFinite(converted) ? { ok: true, value: converted } : failure("not-finite", from, to);
}

/** 10^0 … 10^22, the powers of ten a double holds exactly. */
const EXACT_POWERS_OF_TEN: readonly number[] = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
/** How close to a half the scaled value may come before its rounding could depend on float error (see below). */
const HALF_MARGIN = 1e-3;

/**
 * `Number(value.toPrecision(12))`: the value rounded to 12 significant digits, which is how conversions and the
 * figures shown to people drop binary noise (2.96 × 10¹² / 10⁸ gives 29600, not 29600.000000000004). The same
 * double, without the string round trip for the usual magnitudes (1e-11 to 1e12): scaling by an exact power of
 * ten puts 12 digits before the point with an error below 1e-4, which can only change the rounding near a half;
 * there, and for other magnitudes, it takes the string path. Dividing the 12-digit integer by the exact power of
 * ten rounds once, as parsing the decimal does.
 *
 * @example roundToSignificantDigits(29600.000000000004) // → 29600
 * @example roundToSignificantDigits(13830.599999999999) // → 13830.6
 */
export function roundToSignificantDigits(value: number): number {
  const magnitude = Math.abs(value);
  if (!(magnitude >= 1e-11 && magnitude < 1e12)) return Number(value.toPrecision(SIGNIFICANT_DIGITS));
  const scale = EXACT_POWERS_OF_TEN[SIGNIFICANT_DIGITS - 1 - Math.floor(Math.log10(magnitude))];
  const scaled = scale === undefined ? Number.NaN : magnitude * scale;
  // Twelve digits before the point, with room to spare at both ends (log10 may be off by one near a power of ten).
  const whole = Math.floor(scaled);
  const fraction = scaled - whole;
  if (!(scaled >= 1e11 + 1 && scaled <= 1e12 - 1) || Math.abs(fraction - 0.5) < HALF_MARGIN || scale === undefined) {
    return Number(value.toPrecision(SIGNIFICANT_DIGITS));
  }
  const rounded = (fraction < 0.5 ? whole : whole + 1) / scale;
  return value < 0 ? -rounded : rounded;
}

/**
 * Whether figures in the two units can be compared after conversion.
 *
 * @example unitsCompatible("万亿元", "亿元") // → true
 * @example unitsCompatible("个百分点", "‰") // → false
 */
export function unitsCompatible(a: string | null, b: string | null): boolean {
  return convertValue(1, a, b).ok;
}
