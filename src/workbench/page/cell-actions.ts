/**
 * A person's actions on the grid, performed as the simulator's user actions (`sim.user`), so they raise the
 * events Excel raises and the pane's live check reacts as it does in Excel. Each returns the notice to show when
 * Excel would refuse, or null when the action went through.
 */
import type { Simulator, UserResult } from "../simulator";
import type { WorkbenchNotice } from "./session";

/** Excel refuses to even start editing a locked cell on a protected sheet. */
export function isProtectedCell(sim: Simulator, sheet: string, address: string): boolean {
  return sim.workbook.sheet(sheet)?.protection.protected === true && sim.workbook.cell(sheet, address)?.locked === true;
}

function refusal(sim: Simulator, sheet: string, address: string, value: string, result: UserResult): WorkbenchNotice {
  if (result.ok) throw new Error("refusal of an accepted action");
  if (result.code === "AccessDenied") return { code: "protected-cell", sheet, address };
  if (result.code === "ValidationRejected") {
    const alert = sim.workbook.cell(sheet, address)?.validation?.errorAlert.message ?? "";
    return { code: "validation-rejected", address, value, alert };
  }
  return { code: "rejected", message: result.message };
}

/** Types `value` into the cell and presses Enter. */
export function editCell(sim: Simulator, sheet: string, address: string, value: string): WorkbenchNotice | null {
  if (isProtectedCell(sim, sheet, address)) return { code: "protected-cell", sheet, address };
  const cell = sim.workbook.cell(sheet, address);
  // Leaving an empty cell empty is no entry at all: Excel raises no change for it.
  if (value === "" && cell?.value === "" && cell.formula === null) return null;
  const result = sim.user.edit(sheet, address, value);
  return result.ok ? null : refusal(sim, sheet, address, value, result);
}

/** Presses Delete on the cell. */
export function clearCell(sim: Simulator, sheet: string, address: string): WorkbenchNotice | null {
  if (isProtectedCell(sim, sheet, address)) return { code: "protected-cell", sheet, address };
  const result = sim.user.clear(sheet, address);
  return result.ok ? null : refusal(sim, sheet, address, "", result);
}

/** Clicks the sheet's tab (when `sheet` is another one) and the cell. */
export function selectCell(sim: Simulator, sheet: string, address: string): WorkbenchNotice | null {
  const result = sim.user.select(sheet, address);
  return result.ok ? null : { code: "rejected", message: result.message };
}
