import { NUMBER_FORMAT } from "../core/messages";
import { BUILT_IN_CATALOGS } from "../plans";
import type { OutputOptions } from "./extract-command";
import { EXIT, type CliIo } from "./main";
import { cliMessages } from "./messages";
import { textTable } from "./text-table";

export function plansCommand(options: OutputOptions, io: CliIo): number {
  const listed = BUILT_IN_CATALOGS.map((catalog) => ({
    id: catalog.id,
    title: catalog.title,
    region: catalog.region,
    period: [catalog.period.start, catalog.period.end] as const,
    indicatorCount: catalog.indicators.length,
  }));
  if (options.json) {
    io.stdout(JSON.stringify(listed, null, 2));
    return EXIT.ok;
  }
  const text = cliMessages(options.locale);
  io.stdout(
    textTable(
      text.plansHeader,
      listed.map((plan) => [
        plan.id,
        plan.title,
        plan.region ?? "",
        plan.period.join("–"),
        NUMBER_FORMAT.number(plan.indicatorCount),
      ]),
    ),
  );
  return EXIT.ok;
}
