/**
 * English messages: what is wrong with a figure and what to do about it.
 * Keyed by code; `MessageCatalog` makes the typecheck fail when a code has no message here.
 */
import type { Bounds, YearOnYearMethod } from "../findings";
import type { MessageCatalog, NumberFormat } from "./index";

const figureFailures: MessageCatalog["figureFailures"] = {
  "not-a-number": "contains no digits",
  "malformed-number": "is not a well-formed number",
  "several-numbers": "contains more than one number",
  "inverted-range": "is a range whose low end is above its high end",
};

const comparators: MessageCatalog["comparators"] = {
  ">=": "a lower bound (at least)",
  ">": "a lower bound (more than)",
  "<=": "an upper bound (at most)",
  "<": "an upper bound (less than)",
  range: "a range",
  x2: "a multiple (doubling)",
};

const measures: MessageCatalog["measures"] = {
  share: "A share",
  rate: "A rate",
  "per-capita": "A per-capita figure",
  count: "A count",
  amount: "An amount",
};

/** `120 件` but `45%`: English spaces a word unit and not a percent sign. */
const withUnit = (f: NumberFormat, n: number, unit: string | null): string =>
  unit === null || unit === ""
    ? f.number(n)
    : /^[%％‰]$/u.test(unit)
      ? `${f.number(n)}${unit}`
      : `${f.number(n)} ${unit}`;

const change = (f: NumberFormat, percent: number): string =>
  `${percent < 0 ? "fell" : "rose"} ${f.oneDecimal(Math.abs(percent))}%`;

const yoyLimit = (f: NumberFormat, method: YearOnYearMethod, bounds: Bounds): string =>
  method.kind === "yoy-percent"
    ? `beyond the ±${f.number(method.limitPercent)}% threshold`
    : `outside this indicator's usual year-on-year range (${f.oneDecimal(bounds.low)}% to ${f.oneDecimal(bounds.high)}%; ` +
      `robust z-score ${f.oneDecimal(method.z)}, limit ±${f.number(method.zLimit)})`;

export const enUS: MessageCatalog = {
  findings: {
    "unreadable-figure": (x, f) =>
      `The ${f.number(x.year)} entry "${x.actual}" ${figureFailures[x.cause]}, so it cannot be read as a figure. ` +
      `Enter one number (e.g. 12.5), or "——" if no figure exists.`,
    "not-a-single-value": (x, f) =>
      `The ${f.number(x.year)} entry "${x.actual}" is ${comparators[x.written]}, but an actual figure is one number. ` +
      `Enter the figure recorded for the year.`,
    "unit-mismatch": (x, f) =>
      x.expected === null
        ? `The ${f.number(x.year)} entry "${x.input}" carries the unit "${x.actual}" but this row states no unit. Check the unit and enter the number only.`
        : `The ${f.number(x.year)} entry "${x.input}" is in "${x.actual}", which does not match the row's unit "${x.expected}". ` +
          `Convert it to ${x.expected} and enter the number only.`,
    "duplicate-year": (x, f) =>
      `${f.number(x.year)} has more than one entry ("${x.expected}" and "${x.actual}"); "${x.expected}" is used. Delete the extra entry.`,
    "year-outside-plan": (x, f) =>
      `${f.number(x.year)} is outside the years this plan monitors (${f.number(x.threshold.low)}–${f.number(x.threshold.high)}), ` +
      `so "${x.actual}" is ignored. Delete it or move it to the right year.`,
    "negative-value": (x, f) =>
      `The ${f.number(x.year)} figure is ${withUnit(f, x.actual, x.unit)}. ${measures[x.measure]} cannot be negative; check and correct it.`,
    "share-out-of-range": (x, f) =>
      `The ${f.number(x.year)} figure is ${withUnit(f, x.actual, x.unit)}, but a share lies between ` +
      `${f.number(x.threshold.low)}% and ${f.number(x.threshold.high)}%. Check and correct it.`,
    "year-on-year-change": (x, f) =>
      `The ${f.number(x.year)} figure ${change(f, x.changePercent)} on the previous year, ${yoyLimit(f, x.method, x.threshold)}. ` +
      `Please add an explanation.`,
    "worse-than-baseline": (x, f) =>
      `The ${f.number(x.year)} figure ${withUnit(f, x.actual, x.unit)} is ${x.direction === "increase" ? "below" : "above"} ` +
      `the ${f.number(x.baselineYear)} baseline of ${withUnit(f, x.expected, x.unit)}, against the target's ` +
      `${x.direction === "increase" ? "upward" : "downward"} direction. Please add an explanation.`,
    "unchanged-run": (x, f) =>
      `The figure is ${withUnit(f, x.actual, x.unit)} in each of the ${f.number(x.years)} years ${f.number(x.fromYear)}–${f.number(x.year)}. ` +
      `Check that an old figure was not carried forward; if it truly did not change, add an explanation.`,
    "restated-baseline": (x, f) =>
      `The figure entered for the baseline year ${f.number(x.year)}, ${withUnit(f, x.actual, x.unit)}, ` +
      (x.deviationPercent === null
        ? `differs from the plan's baseline of ${withUnit(f, x.expected, x.unit)}`
        : `differs from the plan's baseline of ${withUnit(f, x.expected, x.unit)} by ${f.oneDecimal(x.deviationPercent)}%, ` +
          `more than the ${f.number(x.threshold)}% tolerance`) +
      `. If the data were revised or redefined, say so in an explanation.`,
    "approximate-figure": (x, f) =>
      `The ${f.number(x.year)} entry "${x.input}" is approximate and is counted as ${withUnit(f, x.actual, x.unit)}. ` +
      `Enter the exact figure, or add an explanation if only an estimate exists.`,
    "footnoted-figure": (x, f) =>
      `The ${f.number(x.year)} entry "${x.input}" has the note marker "${x.marker}" and is counted as ${withUnit(f, x.actual, x.unit)}. ` +
      `Put the note (e.g. the year or definition of the data) in an explanation.`,
    "row-without-id": (x, f) =>
      `This row has no hidden indicator id, so the ${f.number(x.year)} entry "${x.actual}" counts for no indicator. ` +
      `Put the figure in the indicator's own row, or create the sheet again.`,
    "name-mismatch": (x, f) =>
      `This row's Indicator cell says "${x.actual}" but its hidden indicator id belongs to "${x.expected}": its ` +
      `figures from ${f.number(x.year)} on may belong to another indicator (were only the visible columns sorted?). ` +
      `Check, and put the figures in the right row, or create the sheet again.`,
  },
  figureFailures,
  comparators,
  measures,
  severity: { error: "Error", warning: "Needs explanation" },
  status: {
    achieved: "Achieved",
    "on-track": "On track",
    "needs-acceleration": "Needs acceleration",
    "off-track": "Behind schedule",
    deteriorating: "Moving away from target",
    "no-data": "No data",
    "not-assessable": "Cannot be assessed",
  },
  notAssessable: {
    "invalid-year": "the reporting year is not valid",
    "invalid-target": "the target is not valid (not a number, or a range upside down)",
    "x2-without-baseline": "the target doubles the baseline, but the plan gives no baseline",
    "x2-non-positive-baseline": "the target doubles the baseline, but the baseline is not above 0",
    "invalid-baseline": "the baseline value or year is not valid",
    "target-not-after-baseline": "the target year is not after the baseline year",
    "year-before-baseline": "the reporting year is before the baseline year",
    "baseline-year": "the reporting year is the baseline year: no progress to judge yet",
    "no-baseline": "the plan gives no baseline, so interim years cannot be judged against the schedule",
  },
  review: {
    "not-needed": "No explanation needed",
    "explanation-missing": "Explanation missing",
    "awaiting-review": "Awaiting review",
    accepted: "Accepted",
    returned: "Returned",
  },
  summaryColumns: {
    name: "Indicator",
    unit: "Unit",
    baseline: "Baseline",
    target: "Target",
    latest: "Latest figure",
    completion: "Completion",
    elapsed: "Time elapsed",
    status: "Assessment",
    attribute: "Attribute",
    latestYear: "Year of latest figure",
    projection: "Projected target-year value",
    openFindings: "Open issues",
    explanation: "Explanation",
    review: "Review",
  },
  attributes: { 预期性: "Expected", 约束性: "Binding" },
  target: { double: "double the baseline", rangeJoiner: "–" },
  policy: { blankCell: "A blank cell means not reported; it is never read as 0" },
};
