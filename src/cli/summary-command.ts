/**
 * `plan-monitor summary FILE... -o OUT.xlsx|OUT.csv|OUT.html`: reads each district's workbook as `check` does,
 * summarises it as the add-in's summary sheet does, and writes one consolidated summary. A file that cannot be
 * read is named on stderr with what to do about it, and the batch goes on with the others.
 *
 * An existing summary file is replaced only with --force, and an existing .xlsx only if plan-monitor wrote it as a
 * summary (SUMMARY_MARKER) or it is an empty template: never a district's workbook, not even one that fails to read.
 * A glob such as `*.xlsx` that names the districts' files also names last run's summary, which is then left out
 * of the inputs and replaced; any other input that is also the output is read as an input, and fails as one.
 *
 * Exit codes: 0 every file is in the summary; 3 some file could not be read (the others are summarised all the
 * same: a summary that left out a district must not look complete) or the summary could not be written; 2 a usage
 * error (no files, no -o, an unknown extension, an existing output without --force, files of different plans).
 */
import { resolve } from "node:path";
import { consolidate, districtFromFileName, type ConsolidationInput } from "../core/consolidated";
import { consolidatedCsv } from "./consolidated-csv";
import { consolidatedHtml } from "./consolidated-html";
import { consolidatedXlsx } from "./consolidated-xlsx";
import type { BatchIo, BatchOptions } from "./batch";
import { printable, progressBar } from "./progress";
import { summaryMessages } from "./summary-messages";
import { existingXlsx } from "./replaceable";
import { checkAtYear, hasNoEntries, withinPeriod } from "./reporting-year";
import { readMonitorWorkbook } from "./xlsx/read-workbook";
import { batchFailure } from "./xlsx/messages";

export const SUMMARY_EXIT = { ok: 0, usage: 2, input: 3 } as const;

export interface SummaryOptions extends BatchOptions {
  readonly output: string | undefined;
  readonly force: boolean;
}

export interface SummaryIo extends BatchIo {
  readonly writeFile: (path: string, data: Uint8Array | string) => void;
  readonly exists: (path: string) => boolean;
}

type Format = "xlsx" | "csv" | "html";

function formatOf(file: string): Format | null {
  const extension = /\.([^./\\]+)$/u.exec(file)?.[1]?.toLowerCase();
  if (extension === "xlsx" || extension === "csv" || extension === "html") return extension;
  return extension === "htm" ? "html" : null;
}

/** Excel's owner file beside an open workbook (`~$锦江区.xlsx`): a shell glob of *.xlsx picks it up. */
const isExcelLockFile = (file: string): boolean => /(^|[\\/])~\$[^\\/]*$/u.test(file);

/** Local time to the minute, as a reader of the printed summary wants it. */
function stamp(date: Date): string {
  const two = (n: number): string => String(n).padStart(2, "0");
  return (
    `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ` +
    `${two(date.getHours())}:${two(date.getMinutes())}`
  );
}

export async function summaryCommand(
  files: readonly string[],
  options: SummaryOptions,
  io: SummaryIo,
): Promise<number> {
  const text = summaryMessages(options.locale);
  if (files.length === 0) {
    io.stderr(text.missingFiles);
    return SUMMARY_EXIT.usage;
  }
  if (options.output === undefined) {
    io.stderr(text.missingOutput);
    return SUMMARY_EXIT.usage;
  }
  const output = options.output;
  const format = formatOf(output);
  if (format === null) {
    io.stderr(text.badOutput(printable(output)));
    return SUMMARY_EXIT.usage;
  }

  /** Whether the output is last run's summary, which a glob of the districts' files names again. */
  let earlierSummary = false;
  if (io.exists(output)) {
    if (!options.force) {
      io.stderr(text.outputExists(printable(output)));
      return SUMMARY_EXIT.usage;
    }
    // A .csv or .html holds no one's figures; an .xlsx may be a district's workbook that merely fails to read.
    if (format === "xlsx") {
      const existing = await existingXlsx(output, io.readFile);
      if (existing === "filled") {
        io.stderr(text.outputIsWorkbook(printable(output)));
        return SUMMARY_EXIT.usage;
      }
      if (existing === "other") {
        io.stderr(text.outputNotOurs(printable(output)));
        return SUMMARY_EXIT.usage;
      }
      earlierSummary = existing === "summary";
    }
  }

  const progress = progressBar(options.quiet || files.length < 2 ? null : io.terminal, files.length, io.stderr);
  const info = (line: string): void => {
    if (!options.quiet) progress.log(line);
  };
  const inputs: ConsolidationInput[] = [];
  /** Resolved path → the file as first named: `锦江区.xlsx ./锦江区.xlsx` would count a district twice. */
  const given = new Map<string, string>();
  let failed = 0;
  let empty = 0;
  for (const [index, file] of files.entries()) {
    progress.show(index, file);
    // The glob that names the districts' files also names last run's summary, if it sits beside them.
    if (earlierSummary && resolve(file) === resolve(output)) {
      info(text.skippedOutput(printable(file)));
      continue;
    }
    if (isExcelLockFile(file)) {
      info(text.skippedLock(printable(file)));
      continue;
    }
    const first = given.get(resolve(file));
    if (first !== undefined) {
      info(text.skippedRepeat(printable(file), printable(first)));
      continue;
    }
    given.set(resolve(file), file);
    try {
      const workbook = await readMonitorWorkbook(file, { readFile: io.readFile });
      const { period } = workbook.state.plan;
      if (options.year !== undefined && !withinPeriod(options.year, period)) {
        progress.finish();
        io.stderr(text.yearOutside(options.year, printable(file), period.start, period.end));
        return SUMMARY_EXIT.usage;
      }
      const { summary } = checkAtYear(workbook, options.locale, options.year);
      if (hasNoEntries(workbook)) {
        empty += 1;
        // Even with --quiet: its rows read as "no data", and the batch would otherwise look complete.
        progress.log(text.noFigures(printable(file)));
      }
      const district = districtFromFileName(file);
      const namesake = inputs.find((input) => input.district === district);
      // A warning even with --quiet: the summary counts that district twice.
      if (namesake !== undefined) progress.log(text.sameDistrict(district, printable(namesake.file), printable(file)));
      inputs.push({ file, district, summary });
    } catch (error) {
      failed += 1;
      progress.log(batchFailure(error, file, options.locale, text.unexpected).message);
    }
  }
  progress.show(files.length, "");
  progress.finish();

  if (inputs.length === 0) {
    io.stderr(text.nothingRead);
    return SUMMARY_EXIT.input;
  }
  const plans = [...new Set(inputs.map((input) => input.summary.planId))];
  if (plans.length > 1) {
    // Counts of different plans' indicators added together mean nothing, and the table has no plan column.
    const lines = plans.map((planId) => {
      const ofPlan = inputs.filter((input) => input.summary.planId === planId);
      const title = ofPlan[0]?.summary.title ?? planId;
      return text.planFiles(printable(title), ofPlan.map((input) => printable(input.file)).join(", "));
    });
    io.stderr(text.mixedPlans(lines.join("\n")));
    return SUMMARY_EXIT.usage;
  }
  const years = [...new Set(inputs.map((input) => input.summary.reportingYear))].sort((a, b) => a - b);
  if (years.length > 1) {
    const lines = years.map((year) =>
      text.yearFiles(
        year,
        inputs
          .filter((input) => input.summary.reportingYear === year)
          .map((input) => printable(input.file))
          .join(", "),
      ),
    );
    io.stderr(text.yearsDiffer(lines.join("\n")));
  }
  const consolidated = consolidate(inputs, options.locale);
  const data =
    format === "xlsx"
      ? await consolidatedXlsx(consolidated, options.locale)
      : format === "csv"
        ? consolidatedCsv(consolidated)
        : consolidatedHtml(consolidated, { locale: options.locale, generated: stamp(new Date()) });
  try {
    io.writeFile(output, data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    const reasons: Readonly<Record<string, string>> = text.writeErrors;
    io.stderr(text.cannotWrite(printable(output), reasons[code] ?? (error instanceof Error ? error.message : code)));
    return SUMMARY_EXIT.input;
  }
  if (!options.quiet) {
    io.stderr(text.written(printable(output), inputs.length, consolidated.rows.length, failed, empty));
  }
  return failed > 0 ? SUMMARY_EXIT.input : SUMMARY_EXIT.ok;
}
