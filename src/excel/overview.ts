/**
 * User action: open the pane on a workbook. Says which plan the workbook monitors, on which sheet, and the
 * review history kept in it; null when the workbook was never populated (the pane then offers the plans).
 */
import type { Locale } from "../core/messages";
import type { Plan } from "../core/model";
import type { Explanation, ReviewDecision } from "../core/review";
import { PlanMonitorError } from "./errors";
import type { ExcelHost } from "./excel-host";
import { openState } from "./workbook-read";

export interface WorkbookOverview {
  readonly plan: Plan;
  readonly sheetName: string;
  /** The language the sheet was written in. */
  readonly locale: Locale;
  /** Every explanation ever saved, oldest first. */
  readonly explanations: readonly Explanation[];
  readonly decisions: readonly ReviewDecision[];
  /** Who signs, as typed once and kept in the workbook; null when nobody has. */
  readonly userName: string | null;
}

/**
 * One sync.
 *
 * @example
 * await readOverview(host) // → { plan: { id: "chengdu-13th-sti", … }, sheetName: "指标监测", explanations: [], … }
 */
export async function readOverview(host: ExcelHost): Promise<WorkbookOverview | null> {
  try {
    return await host.run(async (context) => {
      const { state, monitor } = await openState(context);
      return {
        plan: state.plan,
        sheetName: monitor.name,
        locale: state.locale,
        explanations: state.explanations,
        decisions: state.decisions,
        userName: state.userName,
      };
    });
  } catch (error) {
    if (error instanceof PlanMonitorError && error.code === "not-populated") return null;
    throw error;
  }
}
