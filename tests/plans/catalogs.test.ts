import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeText } from "../../src/cli/decode";
import { BUILT_IN_CATALOGS, builtInPlan, DEFAULT_PLAN_ID } from "../../src/plans";
import { buildPlanCatalog, type CatalogSource } from "../../src/plans/build";
import { overridesSchema } from "../../src/plans/overrides";
import { catalogSchema } from "../../src/plans/schema";

const root = join(__dirname, "../..");
const sources = JSON.parse(readFileSync(join(root, "src/plans/sources.json"), "utf8")) as CatalogSource[];

describe("built-in plan catalogs", () => {
  it("ships one catalog per seed plan, each valid", () => {
    expect(BUILT_IN_CATALOGS.map((catalog) => catalog.id)).toEqual(sources.map((source) => source.id));
    for (const catalog of BUILT_IN_CATALOGS) expect(catalogSchema.safeParse(catalog).success).toBe(true);
  });

  it.each(sources)("$id is what the extractor and the reviewed overrides give from $file", (source) => {
    const text = decodeText(readFileSync(join(root, "tests/fixtures/seeds", source.file)));
    if (!text.ok) throw new Error(`${source.file} is not text`);
    const overridesPath = join(root, "src/plans/overrides", `${source.id}.json`);
    const overrides = overridesSchema.parse(
      existsSync(overridesPath) ? JSON.parse(readFileSync(overridesPath, "utf8")) : {},
    );
    const rebuilt = buildPlanCatalog(source, text.text, overrides);
    // When this fails after an extractor change: run `npx tsx scripts/build-catalogs.ts` and review the JSON diff.
    expect(rebuilt).toEqual({ ok: true, catalog: BUILT_IN_CATALOGS.find((catalog) => catalog.id === source.id) });
  });

  it("keeps every row of 表 1 of the default plan with its baseline and target", () => {
    const plan = builtInPlan(DEFAULT_PLAN_ID);
    const fromTable = plan?.indicators.filter((indicator) => indicator.provenance.some((p) => p.source === "table"));
    expect(
      fromTable?.map((indicator) => [indicator.name, indicator.baseline?.year, indicator.baseline?.value]),
    ).toEqual([
      ["科技进步贡献率", 2015, 62],
      ["全社会R&D经费支出占GDP的比重", 2015, 2.38],
      ["规模以上工业企业研发投入占主营业务收入比重", 2015, 0.8],
      ["有效发明专利总量", 2015, 19758],
      ["规上高新技术工业主营业务收入占规上工业主营业务收入比重", 2015, 44.51],
      ["技术市场交易额", 2015, 406.7],
      ["高新技术企业数", 2015, 1753],
      ["国家级技术创新平台", 2015, 67],
      ["创新创业载体数量", 2015, 193],
      ["每万劳动力中研发人员数", 2015, 134],
      ["公众具备基本科学素养的比例", 2014, 7.5],
    ]);
  });

  it("merges a table row with its restatement in the text, in other units", () => {
    const plan = builtInPlan("sichuan-14th-hitech");
    const revenue = plan?.indicators.find((indicator) => indicator.name === "全省高新技术产业营业收入");
    expect(revenue?.target).toEqual({ comparator: ">=", year: 2025, value: 29600 });
    expect(revenue?.provenance.map((p) => p.source).sort()).toEqual(["table", "text"]);
  });

  it("gives no plan for an unknown id", () => {
    expect(builtInPlan("no-such-plan")).toBeNull();
  });
});
