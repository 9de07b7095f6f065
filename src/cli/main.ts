/**
 * `plan-monitor`: the command line on plan texts and catalogs. `runCli` takes its I/O as arguments so tests run
 * it in-process; `bin/plan-monitor.cjs` wires it to the real process.
 */
import { parseArgs } from "node:util";
import { localeFromDisplayLanguage, type Locale } from "../core/messages";
import { checkCommand } from "./check-command";
import { extractCommand } from "./extract-command";
import { cliMessages } from "./messages";
import { plansCommand } from "./plans-command";
import type { Terminal } from "./progress";
import { summaryCommand } from "./summary-command";
import { templateCommand } from "./template-command";

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => Uint8Array;
  readonly writeFile: (path: string, data: Uint8Array | string) => void;
  readonly exists: (path: string) => boolean;
  /** stderr when it is a terminal, for progress bars; null otherwise. */
  readonly terminal: Terminal | null;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly version: string;
}

export const EXIT = { ok: 0, usage: 2, input: 3 } as const;

/** LANG=C and POSIX say nothing of the person's language; Chinese is the default of this product. */
function localeFrom(option: string | undefined, env: CliIo["env"]): Locale {
  const lang = option ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG;
  return localeFromDisplayLanguage(lang?.replace(/\..*$/u, "").replace("_", "-"));
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        json: { type: "boolean", default: false },
        lang: { type: "string" },
        plan: { type: "string" },
        output: { type: "string", short: "o" },
        force: { type: "boolean", default: false },
        quiet: { type: "boolean", default: false },
        year: { type: "string" },
        help: { type: "boolean", default: false },
        version: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    const text = cliMessages(localeFrom(undefined, io.env));
    io.stderr(text.badOption(error instanceof Error ? error.message : String(error)));
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  const locale = localeFrom(values.lang, io.env);
  const text = cliMessages(locale);
  if (values.version) {
    io.stdout(io.version);
    return EXIT.ok;
  }
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === "help") {
    io.stdout(text.usage);
    return command === undefined && !values.help ? EXIT.usage : EXIT.ok;
  }
  if (values.year !== undefined && !/^\d{4}$/u.test(values.year)) {
    io.stderr(text.badYear(values.year));
    return EXIT.usage;
  }
  const year = values.year === undefined ? undefined : Number(values.year);
  switch (command) {
    case "extract":
      return extractCommand(rest, { json: values.json, locale }, io);
    case "plans":
      return plansCommand({ json: values.json, locale }, io);
    case "template":
      return templateCommand(
        { plan: values.plan, output: values.output, force: values.force, quiet: values.quiet, locale },
        io,
      );
    case "check":
      return checkCommand(rest, { json: values.json, quiet: values.quiet, locale, year }, io);
    case "summary":
      return summaryCommand(
        rest,
        { output: values.output, force: values.force, quiet: values.quiet, locale, year },
        io,
      );
    default:
      io.stderr(text.unknownCommand(command));
      return EXIT.usage;
  }
}
