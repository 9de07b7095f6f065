/**
 * Reads one indicator's row of cells into numbers in the row's unit, keeping apart what is not a number:
 * a blank cell (not reported), a missing marker such as `——` (reported as unavailable), and a bad entry (a finding).
 */
import { parseFigure, readPlainDecimal } from "./figures";
import type { Finding, FindingOf } from "./findings";
import type { CellInput, Indicator, Observation } from "./model";
import { convertPrepared, prepareUnit } from "./units";
import type { PreparedUnit } from "./units";

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

/** One cell as read: a figure in the row's unit, a reason there is none, or the findings that reject it. */
export type CellReading =
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
  const row = readRow(indicator, observations);
  const series = new Map<number, number>();
  const entered = new Map<number, string>();
  for (const cell of row.cells) {
    entered.set(cell.year, cell.text);
    if (cell.reading.kind === "value") series.set(cell.year, cell.reading.value);
  }
  return { series, findings: row.findings, missing: missingOf(row, entered), entered };
}

/** A year's first non-blank cell, as read. */
export interface EnteredCell {
  readonly year: number;
  /** The cell as a person would quote it (`cellText`). */
  readonly text: string;
  /** Its position among the observations. */
  readonly at: number;
  readonly reading: CellReading;
}

/** A row read cell by cell; `readSeries` in the shape the checks consume, without maps they do not need. */
export interface RowReading {
  /** The first non-blank cell of each year, in input order. */
  readonly cells: readonly EnteredCell[];
  /** As `SeriesReading.findings`: problems of single cells, in input order. */
  readonly findings: Finding[];
  /** Years whose first cell was blank, with its position; a year entered later is still listed. */
  readonly blanks: readonly { readonly year: number; readonly at: number }[];
  /** The row's unit, read once (`prepareUnit(indicator.unit)`). */
  readonly unit: PreparedUnit;
}

/**
 * Reads a row the way `readSeries` does, keeping the entered cells as a list: checking a row needs the cells in
 * input order, not the three maps `readSeries` hands out.
 *
 * @example
 * readRow(patents, [{ indicatorId: patents.id, year: 2016, input: "1.2万" }, { indicatorId: patents.id, year: 2017, input: "" }])
 * // → { cells: [{ year: 2016, text: "1.2万", at: 0, reading: { kind: "value", value: 12000, … } }],
 * //     findings: [], blanks: [{ year: 2017, at: 1 }], unit: … }
 */
export function readRow(indicator: Indicator, observations: readonly Observation[]): RowReading {
  const cells: EnteredCell[] = [];
  const entered = new YearIndex<EnteredCell>();
  const findings: Finding[] = [];
  const blanks: { readonly year: number; readonly at: number }[] = [];
  // Years already listed in `blanks`; made only when a row has a blank.
  let blankYears: YearIndex<true> | null = null;
  // Read once per row, not once per cell: every figure of the row converts into this unit.
  const unit = prepareUnit(indicator.unit);
  const takesBareFigures = convertPrepared(1, NO_FIGURE_UNIT, unit).ok;
  const row: RowUnits = { indicator, unit, takesBareFigures, lastFigureUnit: NO_FIGURE_UNIT };

  for (let at = 0; at < observations.length; at++) {
    const observation = observations[at] as Observation;
    if (observation.indicatorId !== indicator.id) continue;
    const { year } = observation;
    const text = cellText(observation.input);
    const reading = readCell(row, year, observation.input, text);

    if (reading.kind === "missing" && reading.missing.reason === BLANK_CELL_POLICY) {
      blankYears ??= new YearIndex();
      if (entered.get(year) === undefined && blankYears.get(year) === undefined) {
        blankYears.set(year, true);
        blanks.push({ year, at });
      }
      continue;
    }
    const kept = entered.get(year)?.text;
    if (kept !== undefined) {
      // A second entry for a year cannot be reconciled silently; identical text is harmless.
      if (kept !== text)
        findings.push({
          code: "duplicate-year",
          severity: "error",
          indicatorId: indicator.id,
          year,
          unit: indicator.unit,
          expected: kept,
          actual: text,
          threshold: null,
        });
      continue;
    }
    // As a map key would come back: a map turns -0 into 0, and the checks read these years as they read keys.
    const cell: EnteredCell = { year: year + 0, text, at, reading };
    entered.set(year, cell);
    cells.push(cell);
    if (reading.kind !== "missing") for (const finding of reading.findings) findings.push(finding);
  }
  return { cells, findings, blanks, unit };
}

/**
 * Year → value with the semantics of a `Map` key (NaN finds NaN, -0 finds 0), for the handful of years of one
 * row: it scans a short list, which costs less than filling a map, and moves into a map past `LINEAR_LIMIT`
 * years so a long row stays linear.
 */
class YearIndex<T> {
  private static readonly LINEAR_LIMIT = 16;
  private readonly years: number[] = [];
  private readonly values: T[] = [];
  private byYear: Map<number, T> | null = null;

  get(year: number): T | undefined {
    if (this.byYear !== null) return this.byYear.get(year);
    for (let i = 0; i < this.years.length; i++) {
      const known = this.years[i] as number;
      if (known === year || (known !== known && year !== year)) return this.values[i];
    }
    return undefined;
  }

  /** For a year not yet in the index. */
  set(year: number, value: T): void {
    if (this.byYear !== null) {
      this.byYear.set(year, value);
      return;
    }
    this.years.push(year);
    this.values.push(value);
    if (this.years.length > YearIndex.LINEAR_LIMIT) {
      this.byYear = new Map();
      for (let i = 0; i < this.years.length; i++) this.byYear.set(this.years[i] as number, this.values[i] as T);
    }
  }
}

/**
 * Year → why there is no figure, in the order of the cell that decided it: a marker where a year was first
 * entered, a blank year where its first blank was, for years never entered.
 */
function missingOf(row: RowReading, entered: ReadonlyMap<number, string>): ReadonlyMap<number, MissingCell> {
  const missing = new Map<number, MissingCell>();
  const markers = row.cells.filter((cell) => cell.reading.kind === "missing");
  const blanks = row.blanks.filter((blank) => !entered.has(blank.year));
  let m = 0;
  let b = 0;
  while (m < markers.length || b < blanks.length) {
    const marker = markers[m];
    const blank = blanks[b];
    if (marker !== undefined && (blank === undefined || marker.at < blank.at)) {
      if (marker.reading.kind === "missing") missing.set(marker.year, marker.reading.missing);
      m++;
    } else if (blank !== undefined) {
      missing.set(blank.year, NOT_REPORTED);
      b++;
    }
  }
  return missing;
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

/**
 * What a row reads once for all its cells: its unit, and the unit of the last figure that named one, since a row
 * that writes `万` usually writes it in every year (held per call, so it cannot grow).
 */
interface RowUnits {
  readonly indicator: Indicator;
  readonly unit: PreparedUnit;
  /** Whether a figure without a unit converts into the row's unit as it is (false only for a unit like `万%`). */
  readonly takesBareFigures: boolean;
  lastFigureUnit: PreparedUnit;
}

const NO_FIGURE_UNIT = prepareUnit(null);
const NOT_REPORTED: MissingCell = { reason: BLANK_CELL_POLICY };
const BLANK: CellReading = { kind: "missing", missing: NOT_REPORTED };
const NO_FINDINGS: readonly Finding[] = [];

function figureUnit(row: RowUnits, unit: string | null): PreparedUnit {
  if (unit !== row.lastFigureUnit.text) row.lastFigureUnit = prepareUnit(unit);
  return row.lastFigureUnit;
}

/**
 * `text` is `cellText(input)`, which the caller has already. Findings here and in the checks are written as whole
 * literals, not `{ ...findingHead(…), … }`: spreading a head and then adding fields took V8's slow path, several
 * microseconds a finding (measured), and every cell of a sheet passes here.
 */
function readCell(row: RowUnits, year: number, input: CellInput, text: string): CellReading {
  const { indicator } = row;
  if (input === null || input === undefined || (typeof input === "string" && text === "")) return BLANK;
  if (typeof input === "boolean") return unreadable(indicator, year, text, "not-a-number");
  if (typeof input === "number") {
    // Excel hands numbers over already parsed; only a non-finite one (never typed by a person) is unusable.
    return Number.isFinite(input)
      ? { kind: "value", value: input + 0, findings: NO_FINDINGS }
      : unreadable(indicator, year, text, "not-a-number");
  }

  // Most cells are a plain decimal in a row whose unit takes bare figures: read it without the general parser, as
  // it would (`readPlainDecimal` returns null for anything it would read differently).
  if (row.takesBareFigures) {
    const plain = readPlainDecimal(text);
    if (plain !== null) return { kind: "value", value: plain + 0, findings: NO_FINDINGS };
  }
  const parsed = parseFigure(text, "cell");
  if (!parsed.ok) return unreadable(indicator, year, text, parsed.issues[0]?.code ?? "not-a-number");
  const figure = parsed.value;
  if (figure.kind === "missing") {
    return figure.marker === ""
      ? BLANK
      : { kind: "missing", missing: { reason: "unavailable", marker: figure.marker } };
  }
  if (figure.comparator !== "=") {
    return {
      kind: "rejected",
      findings: [
        {
          code: "not-a-single-value",
          severity: "error",
          indicatorId: indicator.id,
          year,
          unit: indicator.unit,
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

  const converted = convertPrepared(figure.value, figureUnit(row, figure.unit), row.unit);
  if (!converted.ok) {
    return {
      kind: "rejected",
      findings: [
        {
          code: "unit-mismatch",
          severity: "error",
          indicatorId: indicator.id,
          year,
          unit: indicator.unit,
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
  if (!figure.approximate && figure.footnote === null) return { kind: "value", value, findings: NO_FINDINGS };
  const findings: Finding[] = [];
  if (figure.approximate) {
    findings.push({
      code: "approximate-figure",
      severity: "warning",
      indicatorId: indicator.id,
      year,
      unit: indicator.unit,
      expected: null,
      actual: value,
      threshold: null,
      input: text,
    });
  }
  if (figure.footnote !== null) {
    findings.push({
      code: "footnoted-figure",
      severity: "warning",
      indicatorId: indicator.id,
      year,
      unit: indicator.unit,
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
      {
        code: "unreadable-figure",
        severity: "error",
        indicatorId: indicator.id,
        year,
        unit: indicator.unit,
        expected: null,
        actual: text,
        threshold: null,
        cause,
      },
    ],
  };
}
