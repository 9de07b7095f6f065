import type { Catalog } from "../../plans";

/** Built-in plans of one region and one period, as the catalog list shows them under one heading. */
export interface CatalogGroup {
  readonly key: string;
  /** Null for plans that name no region: they go under “其他”. */
  readonly region: string | null;
  readonly period: Catalog["period"];
  readonly catalogs: readonly Catalog[];
}

/**
 * Groups plans by region and period: regions in the order the catalogs first name them, plans without a region
 * last, and within a region the earlier period first. Plans keep their order inside a group.
 *
 * @example
 * groupCatalogs(BUILT_IN_CATALOGS).map((g) => `${g.region} ${g.period.start}`)
 * // → ["成都市 2016", "成都市 2021", "四川省 2016", "四川省 2021", "重庆市 2016"]
 */
export function groupCatalogs(catalogs: readonly Catalog[]): readonly CatalogGroup[] {
  const regions: (string | null)[] = [];
  const groups = new Map<string, { region: string | null; period: Catalog["period"]; catalogs: Catalog[] }>();
  for (const catalog of catalogs) {
    if (!regions.includes(catalog.region)) regions.push(catalog.region);
    const key = `${catalog.region ?? ""}|${catalog.period.start}|${catalog.period.end}`;
    const group = groups.get(key) ?? { region: catalog.region, period: catalog.period, catalogs: [] };
    group.catalogs.push(catalog);
    groups.set(key, group);
  }
  const regionRank = (region: string | null): number => (region === null ? regions.length : regions.indexOf(region));
  return [...groups.entries()]
    .map(([key, group]) => ({ key, ...group }))
    .sort(
      (a, b) =>
        regionRank(a.region) - regionRank(b.region) || a.period.start - b.period.start || a.period.end - b.period.end,
    );
}
