/**
 * An item of the Check view as words: the figure as entered, what was expected, the rule and the message. Only
 * the rows on screen are described, so a list of ten thousand costs a screenful of work.
 */
import type { Finding } from "../../core/findings";
import { formatTarget, NUMBER_FORMAT, statusLabel, type Locale } from "../../core/messages";
import type { SummaryRow } from "../../core/summary";
import { fill } from "../strings";
import type { CheckItem, StatusItem } from "./items";
import type { CheckText } from "./strings";

export interface ItemWords {
  readonly year: string;
  readonly figure: string;
  readonly expected: string;
  readonly rule: string;
  readonly message: string;
}

/**
 * A figure with its unit as the catalogs write it: `120件` in Chinese; `120 件` but `45%` in English.
 *
 * @example withUnit(0.30000000000000004, "%", "en-US") // → "0.3%"
 */
export function withUnit(value: number, unit: string | null, locale: Locale): string {
  return attachUnit(NUMBER_FORMAT.number(value), unit, locale);
}

function attachUnit(figure: string, unit: string | null, locale: Locale): string {
  if (unit === null || unit === "") return figure;
  return locale === "zh-CN" || /^[%％‰]$/u.test(unit) ? `${figure}${unit}` : `${figure} ${unit}`;
}

const percent = (share: number | null, text: CheckText): string =>
  share === null ? text.none : `${NUMBER_FORMAT.oneDecimal(share * 100)}%`;

export function describeItem(item: CheckItem, locale: Locale, text: CheckText): ItemWords {
  const year = fill(text.year, { year: item.year });
  if (item.kind === "status") return { year, ...describeStatus(item, locale, text) };
  const { finding } = item.located;
  return {
    year,
    figure: figureAsEntered(finding, locale, text),
    expected: expectedOf(finding, locale, text),
    rule: text.rules[finding.code],
    message: item.located.message,
  };
}

/** What the person typed: the text itself where the finding kept it, else the figure read from it. */
function figureAsEntered(finding: Finding, locale: Locale, text: CheckText): string {
  if ("input" in finding) return finding.input;
  if (typeof finding.actual === "string") return finding.actual;
  return finding.actual === null ? text.none : withUnit(finding.actual, finding.unit, locale);
}

/** What the rule wanted, from the finding's `expected` and `threshold` as each code defines them. */
function expectedOf(finding: Finding, locale: Locale, text: CheckText): string {
  const words = text.expectedText;
  const value = (n: number): string => withUnit(n, finding.unit, locale);
  switch (finding.code) {
    case "unreadable-figure":
    case "not-a-single-value":
      return words.oneNumber;
    case "unit-mismatch":
      return finding.expected === null ? words.numberWithoutUnit : fill(words.numberIn, { unit: finding.expected });
    case "duplicate-year":
      return words.onePerYear;
    case "year-outside-plan":
      return fill(words.yearsBetween, { low: finding.threshold.low, high: finding.threshold.high });
    case "negative-value":
      return fill(words.atLeast, { value: NUMBER_FORMAT.number(finding.threshold) });
    case "share-out-of-range":
      return fill(words.between, {
        low: withUnit(finding.threshold.low, "%", locale),
        high: withUnit(finding.threshold.high, "%", locale),
      });
    case "year-on-year-change":
      return fill(words.between, { low: value(finding.valueBounds.low), high: value(finding.valueBounds.high) });
    case "worse-than-baseline":
      return fill(finding.direction === "increase" ? words.notBelowBaseline : words.notAboveBaseline, {
        year: finding.baselineYear,
        value: value(finding.expected),
      });
    case "unchanged-run":
      return fill(words.changesWithin, { count: finding.threshold });
    case "restated-baseline":
      return fill(words.planBaseline, { value: value(finding.expected) });
    case "approximate-figure":
      return words.exact;
    case "footnoted-figure":
      return words.noMarker;
    case "row-without-id":
      return words.indicatorRow;
    case "name-mismatch":
      return fill(words.planName, { name: finding.expected });
  }
}

/** A status is about the indicator: its latest figure against the target, and how far along it is. */
function describeStatus(item: StatusItem, locale: Locale, text: CheckText): Omit<ItemWords, "year"> {
  const { row, latest } = item;
  return {
    figure: withUnit(latest.value, row.unit, locale),
    expected: fill(text.expectedText.target, {
      year: fill(text.year, { year: row.target.year }),
      target: targetWithUnit(row, locale),
    }),
    rule: statusLabel(row.status, locale),
    message: progressMessage(row, locale, text),
  };
}

function targetWithUnit(row: SummaryRow, locale: Locale): string {
  const target = formatTarget(row.target, locale);
  // `x2` reads as words ("翻一番"); a unit only follows a number.
  return row.target.comparator === "x2" ? target : attachUnit(target, row.unit, locale);
}

function progressMessage(row: SummaryRow, locale: Locale, text: CheckText): string {
  const year = fill(text.year, { year: row.latest?.year ?? row.target.year });
  const progress = fill(text.progress, {
    year,
    completion: percent(row.completion, text),
    elapsed: percent(row.elapsed, text),
  });
  if (row.projection === null) return progress;
  const projection = fill(text.projection, {
    year: fill(text.year, { year: row.projection.targetYear }),
    value: withUnit(row.projection.value, row.unit, locale),
    verdict: row.projection.meetsTarget ? text.meets : text.misses,
  });
  return locale === "zh-CN" ? `${progress}${projection}` : `${progress} ${projection}`;
}
