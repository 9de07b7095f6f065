/**
 * `plan-monitor check FILE... [--json]`: checks each filled workbook as the add-in's check does, with every
 * finding at its `Sheet!A1` cell and each indicator's status. A file that cannot be read is named on stderr with
 * what to do, and the batch goes on with the others.
 *
 * Exit codes: 0 every file was read and no error-level finding remains; 1 every file was read and some error
 * remains; 3 some file could not be read (the others are still checked and reported: a batch that skipped a
 * file must not look clean); 2 a usage error.
 */
import { formatFinding, NUMBER_FORMAT, severityLabel, statusLabel, type Locale } from "../core/messages";
import type { CheckResult } from "../core/workbook/assess";
import type { BatchIo, BatchOptions } from "./batch";
import { printable, progressBar } from "./progress";
import { textTable } from "./text-table";
import { workbookMessages } from "./workbook-messages";
import { checkAtYear, withinPeriod } from "./reporting-year";
import { readMonitorWorkbook, type MonitorWorkbook } from "./xlsx/read-workbook";
import { batchFailure } from "./xlsx/messages";

export const CHECK_EXIT = { ok: 0, errors: 1, usage: 2, input: 3 } as const;

export interface CheckCommandOptions extends BatchOptions {
  readonly json: boolean;
}

export interface CheckIo extends BatchIo {
  readonly stdout: (text: string) => void;
}

type Checked =
  | { readonly file: string; readonly ok: true; readonly workbook: MonitorWorkbook; readonly result: CheckResult }
  | { readonly file: string; readonly ok: false; readonly code: string; readonly message: string };

/** The JSON of one file: a contract for other tools, documented in the README. */
function fileJson(checked: Checked, locale: Locale) {
  if (!checked.ok) return { file: checked.file, ok: false, error: { code: checked.code, message: checked.message } };
  const { workbook, result } = checked;
  const names = new Map(workbook.state.plan.indicators.map((indicator) => [indicator.id, indicator.name]));
  return {
    file: checked.file,
    ok: true,
    plan: { id: workbook.state.plan.id, title: workbook.state.plan.title },
    sheet: workbook.sheetName,
    reportingYear: result.summary.reportingYear,
    errors: result.summary.counts.bySeverity.error,
    warnings: result.summary.counts.bySeverity.warning,
    findings: result.findings.map(({ finding, address }) => ({
      address,
      severity: finding.severity,
      code: finding.code,
      indicatorId: finding.indicatorId,
      indicator: names.get(finding.indicatorId) ?? finding.indicatorId,
      year: finding.year,
      message: formatFinding(finding, locale),
    })),
    indicators: result.summary.rows.map((row) => ({
      id: row.indicatorId,
      name: row.name,
      status: row.status,
      statusLabel: statusLabel(row.status, locale),
      latest: row.latest,
    })),
  };
}

function fileText(workbook: MonitorWorkbook, result: CheckResult, locale: Locale): string {
  const text = workbookMessages(locale);
  const { summary } = result;
  const names = new Map(summary.rows.map((row) => [row.indicatorId, row.name]));
  const lines = [
    text.fileHeading(printable(workbook.file), summary.title, workbook.sheetName, summary.reportingYear),
    text.fileCounts(summary.counts.bySeverity.error, summary.counts.bySeverity.warning),
  ];
  if (result.findings.length > 0) {
    lines.push(
      "",
      textTable(
        text.findingsHeader,
        result.findings.map(({ finding, address, message }) => [
          address,
          severityLabel(finding.severity, locale),
          names.get(finding.indicatorId) ?? finding.indicatorId,
          message,
        ]),
      ),
    );
  }
  lines.push(
    "",
    textTable(
      text.indicatorsHeader,
      summary.rows.map((row) => [
        row.name,
        row.latest === null ? text.noFigure : text.latest(NUMBER_FORMAT.number(row.latest.value), row.latest.year),
        statusLabel(row.status, locale),
      ]),
    ),
  );
  return lines.join("\n");
}

export async function checkCommand(
  files: readonly string[],
  options: CheckCommandOptions,
  io: CheckIo,
): Promise<number> {
  const text = workbookMessages(options.locale);
  if (files.length === 0) {
    io.stderr(text.missingFiles);
    return CHECK_EXIT.usage;
  }
  const progress = progressBar(options.quiet || files.length < 2 ? null : io.terminal, files.length, io.stderr);
  const checked: Checked[] = [];
  for (const [index, file] of files.entries()) {
    progress.show(index, file);
    try {
      const workbook = await readMonitorWorkbook(file, { readFile: io.readFile });
      const { period } = workbook.state.plan;
      if (options.year !== undefined && !withinPeriod(options.year, period)) {
        progress.finish();
        io.stderr(text.yearOutside(options.year, printable(file), period.start, period.end));
        return CHECK_EXIT.usage;
      }
      checked.push({ file, ok: true, workbook, result: checkAtYear(workbook, options.locale, options.year) });
    } catch (error) {
      const failure = batchFailure(error, file, options.locale, text.unexpected);
      progress.log(failure.message);
      checked.push({ file, ok: false, ...failure });
    }
  }
  progress.finish();

  const read = checked.flatMap((entry) => (entry.ok ? [entry] : []));
  const errors = read.reduce((sum, entry) => sum + entry.result.summary.counts.bySeverity.error, 0);
  const warnings = read.reduce((sum, entry) => sum + entry.result.summary.counts.bySeverity.warning, 0);
  const unreadable = checked.length - read.length;
  if (options.json) {
    io.stdout(
      JSON.stringify(
        { files: checked.map((entry) => fileJson(entry, options.locale)), errors, warnings, unreadable },
        null,
        2,
      ),
    );
  } else {
    const blocks = read.map((entry) => fileText(entry.workbook, entry.result, options.locale));
    if (checked.length > 1) blocks.push(text.batch(read.length, errors, warnings, unreadable));
    if (blocks.length > 0) io.stdout(blocks.join("\n\n"));
  }
  if (unreadable > 0) return CHECK_EXIT.input;
  return errors > 0 ? CHECK_EXIT.errors : CHECK_EXIT.ok;
}
