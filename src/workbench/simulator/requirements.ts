/** Requirement sets: what `Office.context.requirements.isSetSupported` answers, and the gate on each API. */

export type RequirementSets = Readonly<Record<string, string>>;

export const DEFAULT_REQUIREMENT_SETS: RequirementSets = { ExcelApi: "1.14" };

function parts(version: string): number[] | null {
  if (!/^\d+(\.\d+)*$/.test(version.trim())) return null;
  return version.trim().split(".").map(Number);
}

/**
 * True when `version` is at least `minimum`, comparing numerically part by part ("1.14" is above "1.8").
 *
 * @example
 * versionAtLeast("1.14", "1.8") // → true
 */
export function versionAtLeast(version: string, minimum: string): boolean {
  const have = parts(version);
  const need = parts(minimum);
  if (!have || !need) return false;
  for (let i = 0; i < Math.max(have.length, need.length); i++) {
    const a = have[i] ?? 0;
    const b = need[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}

/**
 * `isSetSupported(name, minVersion?)` over the configured sets; set names compare case-insensitively, as Office does.
 *
 * @example
 * isSetSupported({ ExcelApi: "1.14" }, "excelapi", "1.8") // → true
 * isSetSupported({ ExcelApi: "1.7" }, "ExcelApi", "1.8") // → false
 */
export function isSetSupported(sets: RequirementSets, name: string, minVersion?: string): boolean {
  const entry = Object.entries(sets).find(([set]) => set.toLowerCase() === String(name).toLowerCase());
  if (!entry) return false;
  return minVersion === undefined || versionAtLeast(entry[1], String(minVersion));
}
