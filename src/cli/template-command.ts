/**
 * `plan-monitor template --plan ID [--lang zh-CN|en-US] -o FILE.xlsx [--force]`: writes the template the add-in
 * makes for a built-in plan, for districts that fill it in any spreadsheet program.
 *
 * An existing file is replaced only with --force, and only if it is an empty template or a summary plan-monitor
 * wrote: a workbook holding what people entered, or any file that cannot be looked into, never.
 *
 * Exit codes: 0 written; 2 a usage error (no or unknown plan, no -o, not .xlsx, the file exists without --force,
 * or it is not an empty template or earlier summary);
 * 3 the file could not be written.
 */
import type { Locale } from "../core/messages";
import { BUILT_IN_CATALOGS, builtInPlan } from "../plans";
import { printable } from "./progress";
import { existingXlsx } from "./replaceable";
import { workbookMessages } from "./workbook-messages";
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
  // A filled workbook under that name would lose every figure to an empty template: never, even with --force; nor
  // a file that cannot be looked into (a district's workbook whose state sheet was deleted, damaged, locked).
  if (io.exists(output)) {
    const existing = await existingXlsx(output, io.readFile);
    if (existing === "filled") {
      io.stderr(text.outputFilled(printable(output)));
      return TEMPLATE_EXIT.usage;
    }
    if (existing === "other") {
      io.stderr(text.outputNotOurs(printable(output)));
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
