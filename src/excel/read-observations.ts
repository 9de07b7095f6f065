/**
 * User action: read what people entered on the monitoring sheet, as the core's observations.
 */
import type { Observation, Plan } from "../core/model";
import { observationsOf } from "../core/workbook/observations";
import type { ExcelHost } from "./excel-host";
import { figuresLayoutOf, openState, queueSheetRead } from "./workbook-read";

export interface ReadResult {
  readonly plan: Plan;
  readonly observations: readonly Observation[];
  /** `cellKey(indicatorId, year)` → `Sheet!C5`, for the first row of each indicator. */
  readonly addresses: ReadonlyMap<string, string>;
}

/**
 * Two syncs: the state, then the sheet's values.
 *
 * @example
 * const { observations } = await readObservations(host);
 * observations.find((o) => o.year === 2016) // → { indicatorId: "chengdu-13th-sti:科技进步贡献率:2020", year: 2016, input: "１２.５" }
 */
export async function readObservations(host: ExcelHost): Promise<ReadResult> {
  return host.run(async (context) => {
    const { state, monitor } = await openState(context);
    const snapshot = queueSheetRead(context, monitor.name, { notes: false, formats: true });
    await context.sync();
    const reading = figuresLayoutOf(snapshot(), monitor.name);
    return { plan: state.plan, ...observationsOf(state.plan, reading, monitor.name) };
  });
}
