/**
 * `core.observations_1m`: parse + check + assess of 1,000,000 figures as staff type them, against a bare loop that
 * only parses the same strings with `Number`. Goal (issue 3): ratio ≤ 3. Rows for each stage follow it.
 */
import { assessSeries } from "../src/core/assessment";
import { checkRow } from "../src/core/checks";
import { parseFigure } from "../src/core/figures";
import type { CellInput, Indicator, Observation, Plan } from "../src/core/model";
import { compareTimes, type BenchRow } from "./harness";

const YEARS = 10;
const INDICATORS = 100_000;
const FIRST_YEAR = 2016;

/**
 * What cells hold in practice: mostly plain figures, then the forms people type (separators, full width,
 * magnitudes, approximations, markers) and the odd blank or text. Deterministic, so runs compare.
 */
function cellFor(i: number, year: number): CellInput {
  const value = 1000 + ((i * 7919 + year * 104729) % 9000) + year - FIRST_YEAR;
  switch ((i + year) % 20) {
    case 0:
      return `${value.toLocaleString("en-US")}`;
    case 1:
      return String(value).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 2:
      return `${(value / 10000).toFixed(2)}万`;
    case 3:
      return `约${value}`;
    case 4:
      return "——";
    case 5:
      return "";
    case 6:
      return "待统计";
    default:
      return String(value);
  }
}

function syntheticPlan(): { plan: Plan; observations: Observation[] } {
  const indicators: Indicator[] = [];
  const observations: Observation[] = [];
  for (let i = 0; i < INDICATORS; i++) {
    const indicator: Indicator = {
      id: `bench:${i}:2025`,
      name: `指标${i}（件）`,
      unit: "件",
      attribute: i % 3 === 0 ? "约束性" : "预期性",
      direction: "increase",
      measure: i % 2 === 0 ? "count" : "per-capita",
      baseline: { year: FIRST_YEAR - 1, value: 1000 },
      target: { comparator: ">=", year: FIRST_YEAR + YEARS - 1, value: 9000 },
      provenance: [],
    };
    indicators.push(indicator);
    for (let y = 0; y < YEARS; y++) {
      observations.push({ indicatorId: indicator.id, year: FIRST_YEAR + y, input: cellFor(i, FIRST_YEAR + y) });
    }
  }
  const plan: Plan = {
    id: "bench",
    title: "synthetic",
    region: null,
    period: { start: FIRST_YEAR, end: FIRST_YEAR + YEARS - 1 },
    indicators,
  };
  return { plan, observations };
}

/**
 * The main row first, then one row per stage of it, each against the same `Number` baseline, so a change shows
 * where it moved the time: `core.parse_1m` (parseFigure on every cell), `core.check_1m` (checkRow of every row:
 * reading, converting, checking), `core.assess_1m` (assessSeries of every row's usable figures).
 */
export function benchCore(): readonly BenchRow[] {
  const { plan, observations } = syntheticPlan();
  const years = Array.from({ length: YEARS }, (_, y) => FIRST_YEAR + y);
  const strings = observations.map((observation) => String(observation.input ?? ""));
  const extra = { observations: observations.length };

  const parseCheckAssess = (): number => {
    let statuses = 0;
    for (let i = 0; i < plan.indicators.length; i++) {
      const indicator = plan.indicators[i] as Indicator;
      const row = observations.slice(i * YEARS, (i + 1) * YEARS);
      const { findings, usable } = checkRow(indicator, row, { period: plan.period });
      statuses += assessSeries(indicator, usable, years).length + findings.length;
    }
    return statuses;
  };
  const numberOnly = (): number => {
    let sum = 0;
    for (const text of strings) {
      const value = Number(text);
      if (!Number.isNaN(value)) sum += value;
    }
    return sum;
  };
  // Measured before the stage rows build their inputs, so it runs on the same heap as it always has.
  const whole = compareTimes("core.observations_1m", parseCheckAssess, numberOnly, 3, extra);

  const parseOnly = (): number => {
    let figures = 0;
    for (const text of strings) if (parseFigure(text).ok) figures++;
    return figures;
  };
  const rows = plan.indicators.map((_, i) => observations.slice(i * YEARS, (i + 1) * YEARS));
  const checkOnly = (): number => {
    let findings = 0;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as Observation[];
      findings += checkRow(plan.indicators[i] as Indicator, row, { period: plan.period }).findings.length;
    }
    return findings;
  };
  const usable = plan.indicators.map(
    (indicator, i) => checkRow(indicator, rows[i] as Observation[], { period: plan.period }).usable,
  );
  const assessOnly = (): number => {
    let statuses = 0;
    for (let i = 0; i < usable.length; i++) {
      const series = usable[i] as ReadonlyMap<number, number>;
      statuses += assessSeries(plan.indicators[i] as Indicator, series, years).length;
    }
    return statuses;
  };
  return [
    whole,
    compareTimes("core.parse_1m", parseOnly, numberOnly, 3, extra),
    compareTimes("core.check_1m", checkOnly, numberOnly, 3, extra),
    compareTimes("core.assess_1m", assessOnly, numberOnly, 3, extra),
  ];
}
