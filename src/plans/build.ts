/**
 * Plan text + a person's overrides → a built-in catalog. Used by `scripts/build-catalogs.ts` to write
 * `src/plans/*.json`, and by a test that rebuilds every catalog and fails when a committed one has drifted from
 * what the extractor and the overrides give.
 */
import { buildCatalog, type CatalogConflict } from "../core/catalog";
import { extractPlan } from "../core/extract";
import { planRegion } from "../core/extract/plan-meta";
import { applyEntryOverrides, type Overrides } from "./overrides";
import { catalogSchema, type Catalog } from "./schema";

export interface CatalogSource {
  readonly id: string;
  readonly file: string;
}

export type CatalogOutcome =
  { readonly ok: true; readonly catalog: Catalog } | { readonly ok: false; readonly problems: readonly string[] };

export function buildPlanCatalog(source: CatalogSource, text: string, overrides: Overrides): CatalogOutcome {
  const extracted = extractPlan(text);
  const problems: string[] = [];
  const title = overrides.plan.title?.value ?? extracted.plan.title;
  const region = overrides.plan.region === undefined ? planRegion(title) : overrides.plan.region.value;
  const period = overrides.plan.period?.value ?? extracted.plan.period;
  if (title === null) problems.push(`${source.file}: no title found; give plan.title in the overrides`);
  if (period === null) problems.push(`${source.file}: no period found; give plan.period in the overrides`);

  const corrected = applyEntryOverrides(extracted.indicators, overrides);
  for (const issue of corrected.issues) {
    problems.push(`${source.file}:${issue.line}: override for “${issue.name}” matches no extracted entry (stale?)`);
  }
  if (title === null || period === null) return { ok: false, problems };

  const built = buildCatalog(corrected.entries, {
    id: source.id,
    title,
    region,
    period: { start: period[0], end: period[1] },
  });
  const settled = new Set(overrides.conflicts.map((conflict) => conflict.line));
  for (const conflict of built.conflicts) {
    if (!settled.has(conflict.other.line)) problems.push(describeConflict(source.file, conflict));
  }
  for (const skip of built.skipped) {
    problems.push(
      `${source.file}:${skip.line}: “${skip.name}” is not a usable target (${skip.code}); drop or patch it`,
    );
  }
  if (problems.length > 0) return { ok: false, problems };

  const catalog = catalogSchema.safeParse({ ...built.plan, source: { file: source.file } });
  return catalog.success
    ? { ok: true, catalog: catalog.data }
    : {
        ok: false,
        problems: catalog.error.issues.map((issue) => `${source.file}: ${issue.path.join(".")}: ${issue.message}`),
      };
}

function describeConflict(file: string, conflict: CatalogConflict): string {
  return (
    `${file}:${conflict.other.line}: “${conflict.name}” states ${JSON.stringify(conflict.other.target)} ${conflict.other.unit ?? ""}` +
    ` but line ${conflict.kept.line} states ${JSON.stringify(conflict.kept.target)} ${conflict.kept.unit ?? ""};` +
    ` settle it in the overrides' conflicts`
  );
}
