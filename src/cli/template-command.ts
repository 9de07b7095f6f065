/**
 * `plan-monitor template --plan ID [--lang zh-CN|en-US] -o FILE.xlsx [--force]`: writes the template the add-in
 * makes for a built-in plan, for districts that fill it in any spreadsheet program.
 *
 * An existing file is replaced only with --force, and a workbook holding what people entered never.
 *
 * Exit codes: 0 written; 2 a usage error (no or unknown plan, no -o, not .xlsx, the file exists without --force,
 * or it holds people's figures);
 * 3 the file could not be written.
 */
import type { Locale } from "../core/messages";
import { BUILT_IN_CATALOGS, builtInPlan } from "../plans";
import { cellAt } from "../core/workbook/sheet-reading";
import { printable } from "./progress";
import { workbookMessages } from "./workbook-messages";
import { readMonitorWorkbook, WorkbookFileError } from "./xlsx/read-workbook";
import { templateWorkbook } from "./xlsx/write-template";

export const TEMPLATE_EXIT = { ok: 0, usage: 2, output: 3 } as const;

export interface TemplateOptions {
  readonly plan: string | undefined;
  readonly output: string | undefined;
  readonly force: boolean;
  readonly quiet: boolean;
  readonly locale: Locale;
}

export interface TemplateIo {
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => Uint8Array;
  readonly writeFile: (path: string, data: Uint8Array | string) => void;
  readonly exists: (path: string) => boolean;
}

/**
 * Whether a file holds what people entered, which an empty template written over it would lose: a monitoring
 * workbook with a figure, an explanation or a row or column of their own, or one that may hold them but cannot be
 * looked into (password, damaged state, header row deleted). An old empty template, or someone else's file, does not.
 */
async function holdsPeoplesWork(path: string, readFile: TemplateIo["readFile"]): Promise<boolean> {
  try {
    const { state, reading } = await readMonitorWorkbook(path, { readFile });
    if (state.explanations.length > 0 || state.decisions.length > 0) return true;
    if (reading.strays.length > 0 || reading.ownColumns.length > 0) return true;
    const explanation = reading.columns.fixed.get("explanation");
    const columns = [...reading.columns.years.values(), ...(explanation === undefined ? [] : [explanation])];
    return reading.rows.some(({ row }) => columns.some((column) => cellAt(reading.grid, row, column) !== ""));
  } catch (error) {
    return (
      error instanceof WorkbookFileError &&
      (error.code === "encrypted" || error.code === "state-damaged" || error.code === "no-sheet")
    );
  }
}

export async function templateCommand(options: TemplateOptions, io: TemplateIo): Promise<number> {
  const text = workbookMessages(options.locale);
  const ids = BUILT_IN_CATALOGS.map((catalog) => catalog.id).join(", ");
  if (options.plan === undefined) {
    io.stderr(text.missingPlan(ids));
    return TEMPLATE_EXIT.usage;
  }
  const plan = builtInPlan(options.plan);
  if (plan === null) {
    io.stderr(text.unknownPlan(printable(options.plan), ids));
    return TEMPLATE_EXIT.usage;
  }
  const output = options.output;
  if (output === undefined) {
    io.stderr(text.missingOutput);
    return TEMPLATE_EXIT.usage;
  }
  if (!/\.xlsx$/iu.test(output)) {
    io.stderr(text.badOutput(printable(output)));
    return TEMPLATE_EXIT.usage;
  }
  // A filled workbook under that name would lose every figure to an empty template: never, even with --force.
  if (io.exists(output)) {
    if (await holdsPeoplesWork(output, io.readFile)) {
      io.stderr(text.outputFilled(printable(output)));
      return TEMPLATE_EXIT.usage;
    }
    if (!options.force) {
      io.stderr(text.outputExists(printable(output)));
      return TEMPLATE_EXIT.usage;
    }
  }
  const template = await templateWorkbook(plan, options.locale);
  try {
    io.writeFile(output, template.bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    const reasons: Readonly<Record<string, string>> = text.writeErrors;
    io.stderr(text.cannotWrite(printable(output), reasons[code] ?? (error instanceof Error ? error.message : code)));
    return TEMPLATE_EXIT.output;
  }
  const first = template.years[0];
  const last = template.years[template.years.length - 1];
  const years = first === undefined || last === undefined ? "" : `${first}–${last}`;
  if (!options.quiet) io.stderr(text.templateWritten(printable(output), plan.title, plan.indicators.length, years));
  return TEMPLATE_EXIT.ok;
}
