/**
 * Reads one indicator's row of cells into numbers in the row's unit, keeping apart what is not a number:
 * a blank cell (not reported), a missing marker such as `——` (reported as unavailable), and a bad entry (a finding).
 */
import { parseFigure } from "./figures";
import { findingHead, type Finding, type FindingOf } from "./findings";
import type { CellInput, Indicator, Observation } from "./model";
import { convertValue } from "./units";

/**
 * How a blank cell is read: as "not reported", never as 0. Exported so the task pane can state the rule to the
 * person filling the sheet (message `policy.blankCell` in each locale).
 */
export const BLANK_CELL_POLICY = "not-reported" as const;
export type BlankCellPolicy = typeof BLANK_CELL_POLICY;

/** Why a year has no number: left blank (not reported), or filled with a marker such as `——` (unavailable). */
export type MissingCell =
  { readonly reason: typeof BLANK_CELL_POLICY } | { readonly reason: "unavailable"; readonly marker: string };

export interface SeriesReading {
  /** Year → figure converted to the row's unit; only cells that hold exactly one usable figure. */
  readonly series: ReadonlyMap<number, number>;
  /** Problems found in single cells (unreadable, range, unit, duplicate, approximate, footnote), in input order. */
  readonly findings: readonly Finding[];
  /** Year → why there is no figure, for blank cells and missing markers. */
  readonly missing: ReadonlyMap<number, MissingCell>;
  /** Year → the text kept for every non-blank cell (figures, markers and bad entries alike), as a person would quote it. */
  readonly entered: ReadonlyMap<number, string>;
}

type CellReading =
  | { readonly kind: "value"; readonly value: number; readonly findings: readonly Finding[] }
  | { readonly kind: "missing"; readonly missing: MissingCell }
  | { readonly kind: "rejected"; readonly findings: readonly Finding[] };

/**
 * Reads the observations of one indicator (others are ignored) into a numeric series in the indicator's unit.
 * Each cell is parsed with `parseFigure` and converted with `convertValue`; the first non-blank entry of a year wins.
 *
 * @example
 * readSeries(patents, [ // patents.unit === "件"
 *   { indicatorId: patents.id, year: 2016, input: "1.2万" },
 *   { indicatorId: patents.id, year: 2017, input: "——" },
 *   { indicatorId: patents.id, year: 2018, input: "" },
 * ])
 * // → series {2016 → 12000}, missing {2017 → unavailable "——", 2018 → not-reported}, findings [],
 * //   entered {2016 → "1.2万", 2017 → "——"}
 */
export function readSeries(indicator: Indicator, observations: readonly Observation[]): SeriesReading {
  const series = new Map<number, number>();
  const missing = new Map<number, MissingCell>();
  const findings: Finding[] = [];
  const entered = new Map<number, string>();

  for (const observation of observations) {
    if (observation.indicatorId !== indicator.id) continue;
    const { year } = observation;
    const text = cellText(observation.input);
    const reading = readCell(indicator, year, observation.input);

    if (reading.kind === "missing" && reading.missing.reason === BLANK_CELL_POLICY) {
      if (!entered.has(year) && !missing.has(year)) missing.set(year, reading.missing);
      continue;
    }
    const kept = entered.get(year);
    if (kept !== undefined) {
      // A second entry for a year cannot be reconciled silently; identical text is harmless.
      if (kept !== text)
        findings.push({
          ...findingHead(indicator, year, "duplicate-year"),
          expected: kept,
          actual: text,
          threshold: null,
        });
      continue;
    }
    entered.set(year, text);
    missing.delete(year);
    if (reading.kind === "missing") missing.set(year, reading.missing);
    else findings.push(...reading.findings);
    if (reading.kind === "value") series.set(year, reading.value);
  }
  return { series, findings, missing, entered };
}

/**
 * The cell as a person would quote it back: typed text trimmed, numbers and booleans as Excel shows them.
 *
 * @example
 * cellText(" 约120 ") // → "约120"
 * cellText(true)      // → "TRUE"
 * cellText(null)      // → ""
 */
export function cellText(input: CellInput): string {
  if (typeof input === "string") return input.trim();
  if (typeof input === "boolean") return input ? "TRUE" : "FALSE";
  if (typeof input === "number") return String(input);
  return "";
}

function readCell(indicator: Indicator, year: number, input: CellInput): CellReading {
  if (input === null || input === undefined || (typeof input === "string" && input.trim() === "")) {
    return { kind: "missing", missing: { reason: BLANK_CELL_POLICY } };
  }
  const text = cellText(input);
  if (typeof input === "boolean") return unreadable(indicator, year, text, "not-a-number");
  if (typeof input === "number") {
    // Excel hands numbers over already parsed; only a non-finite one (never typed by a person) is unusable.
    return Number.isFinite(input)
      ? { kind: "value", value: input + 0, findings: [] }
      : unreadable(indicator, year, text, "not-a-number");
  }

  const parsed = parseFigure(text, "cell");
  if (!parsed.ok) return unreadable(indicator, year, text, parsed.issues[0]?.code ?? "not-a-number");
  const figure = parsed.value;
  if (figure.kind === "missing") {
    return {
      kind: "missing",
      missing: figure.marker === "" ? { reason: BLANK_CELL_POLICY } : { reason: "unavailable", marker: figure.marker },
    };
  }
  if (figure.comparator !== "=") {
    return {
      kind: "rejected",
      findings: [
        {
          ...findingHead(indicator, year, "not-a-single-value"),
          expected: null,
          actual: text,
          threshold: null,
          written: figure.comparator,
        },
      ],
    };
  }
  if (figure.value === null || !Number.isFinite(figure.value))
    return unreadable(indicator, year, text, "malformed-number");

  const converted = convertValue(figure.value, figure.unit, indicator.unit);
  if (!converted.ok) {
    return {
      kind: "rejected",
      findings: [
        {
          ...findingHead(indicator, year, "unit-mismatch"),
          expected: indicator.unit,
          actual: figure.unit ?? "",
          threshold: null,
          input: text,
        },
      ],
    };
  }
  if (!Number.isFinite(converted.value)) return unreadable(indicator, year, text, "malformed-number");

  const value = converted.value + 0;
  const findings: Finding[] = [];
  if (figure.approximate) {
    findings.push({
      ...findingHead(indicator, year, "approximate-figure"),
      expected: null,
      actual: value,
      threshold: null,
      input: text,
    });
  }
  if (figure.footnote !== null) {
    findings.push({
      ...findingHead(indicator, year, "footnoted-figure"),
      expected: null,
      actual: value,
      threshold: null,
      input: text,
      marker: figure.footnote,
    });
  }
  return { kind: "value", value, findings };
}

function unreadable(
  indicator: Indicator,
  year: number,
  text: string,
  cause: FindingOf<"unreadable-figure">["cause"],
): CellReading {
  return {
    kind: "rejected",
    findings: [
      { ...findingHead(indicator, year, "unreadable-figure"), expected: null, actual: text, threshold: null, cause },
    ],
  };
}
