import { extractPlan, type ExtractedIndicator, type ExtractedPlan } from "../core/extract";
import { formatTarget, NUMBER_FORMAT, type Locale } from "../core/messages";
import type { Target } from "../core/model";
import { decodeText } from "./decode";
import { EXIT, type CliIo } from "./main";
import { cliMessages } from "./messages";
import { textTable } from "./text-table";

export interface OutputOptions {
  readonly json: boolean;
  readonly locale: Locale;
}

/** The `extract` contract (DESIGN.md): exactly these fields per indicator, in this order. */
function contractEntry(entry: ExtractedIndicator) {
  return {
    name: entry.name,
    unit: entry.unit,
    baselineYear: entry.baselineYear,
    baselineValue: entry.baselineValue,
    targetYear: entry.targetYear,
    comparator: entry.comparator,
    targetValue: entry.targetValue,
    targetLow: entry.targetLow,
    targetHigh: entry.targetHigh,
    attribute: entry.attribute,
    direction: entry.direction,
    source: entry.source,
    line: entry.line,
  };
}

export function extractCommand(args: readonly string[], options: OutputOptions, io: CliIo): number {
  const text = cliMessages(options.locale);
  const [file] = args;
  if (file === undefined) {
    io.stderr(text.missingFile);
    return EXIT.usage;
  }
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(file);
  } catch (error) {
    io.stderr(text.cannotRead(file, readError(error, options.locale)));
    return EXIT.input;
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    io.stderr(text.binary(file));
    return EXIT.input;
  }
  const extracted = extractPlan(decoded.text);
  if (extracted.indicators.length === 0) {
    io.stderr(text.notAPlan(file));
    return EXIT.input;
  }
  io.stdout(options.json ? contractJson(extracted) : readable(extracted, options.locale));
  return EXIT.ok;
}

export function contractJson(extracted: ExtractedPlan): string {
  return JSON.stringify(
    {
      plan: { title: extracted.plan.title, period: extracted.plan.period },
      indicators: extracted.indicators.map(contractEntry),
      actuals: extracted.actuals.map(({ name, unit, year, value, source, line }) => ({
        name,
        unit,
        year,
        value,
        source,
        line,
      })),
    },
    null,
    2,
  );
}

function readable(extracted: ExtractedPlan, locale: Locale): string {
  const text = cliMessages(locale);
  const { number } = NUMBER_FORMAT;
  const rows = extracted.indicators.map((entry) => [
    String(entry.line),
    entry.source === "table" ? text.table : text.text,
    entry.name,
    entry.unit ?? "",
    entry.baselineValue === null
      ? ""
      : `${number(entry.baselineValue)}${entry.baselineYear === null ? "" : ` (${entry.baselineYear})`}`,
    targetText(entry, locale),
    entry.attribute ?? "",
  ]);
  const period = extracted.plan.period === null ? null : extracted.plan.period.join("–");
  return [
    text.extractedSummary(extracted.plan.title, period, extracted.indicators.length, extracted.actuals.length),
    "",
    textTable(text.extractedHeader, rows),
  ].join("\n");
}

function targetText(entry: ExtractedIndicator, locale: Locale): string {
  const year = entry.targetYear === null ? "" : ` (${entry.targetYear})`;
  const target = targetOf(entry);
  return target === null ? "" : `${formatTarget(target, locale)}${year}`;
}

function targetOf(entry: ExtractedIndicator): Target | null {
  const year = entry.targetYear ?? 0;
  if (entry.comparator === "x2") return { comparator: "x2", year };
  if (entry.comparator === "range") {
    return entry.targetLow === null || entry.targetHigh === null
      ? null
      : { comparator: "range", year, low: entry.targetLow, high: entry.targetHigh };
  }
  return entry.targetValue === null ? null : { comparator: entry.comparator, year, value: entry.targetValue };
}

function readError(error: unknown, locale: Locale): string {
  const code = (error as { code?: unknown } | null)?.code;
  const reasons = cliMessages(locale).readErrors;
  if (code === "ENOENT" || code === "EISDIR" || code === "EACCES") return reasons[code];
  return error instanceof Error ? error.message : String(error);
}
