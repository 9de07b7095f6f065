/**
 * The id of an imported plan. Indicator ids start with the plan id (`indicator-id.ts`), and the workbook carries
 * figures over by indicator id, so importing the same plan again must give the same id: it comes from the title,
 * not from the time or a counter.
 */

export interface KnownPlan {
  readonly id: string;
  readonly title: string;
}

/** A title as it identifies a plan: width and spacing of a web or PDF copy do not make another plan. */
function titleKey(title: string): string {
  return title.normalize("NFKC").replace(/\s+/gu, "");
}

/**
 * The id of a plan imported under `title`. A plan the workbook already monitors, or a built-in one, with the same
 * title keeps its id, so re-importing it (say, to correct a target) keeps every figure entered against it.
 * Otherwise `imported-` and a hash of the title.
 *
 * @example importedPlanId("成都市“十三五”科技创新规划", [{ id: "chengdu-13th-sti", title: "成都市“十三五”科技创新规划" }])
 * // → "chengdu-13th-sti"
 * @example importedPlanId("某市科技创新规划", []) // → "imported-" + 8 hex digits, the same on every call
 */
export function importedPlanId(title: string, known: readonly KnownPlan[]): string {
  const key = titleKey(title);
  const same = known.find((plan) => titleKey(plan.title) === key);
  return same?.id ?? `imported-${fnv1a(key)}`;
}

/** FNV-1a, 32 bits: short, stable across runs and platforms, and enough to tell a bureau's few plans apart. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}
