import { formatFinding } from "../../src/core/messages";
import type { Observation } from "../../src/core/model";
import { cellKey } from "../../src/core/review";
import { summarise } from "../../src/core/summary";
import { awaitingReview, checkItems, countGroups, currentAddress, filterItems } from "../../src/taskpane/check/items";
import type { CheckResult } from "../../src/taskpane/workbook";
import { check, populate, simulatorHost } from "../../src/excel";
import { createSimulator } from "../../src/workbench/simulator";
import { indicatorAt, monitoringSheet, syntheticPlan } from "../excel/sim";
import { CHENGDU_13 } from "../fixtures/chengdu-13";

const plan = syntheticPlan(4);
const id = (index: number) => indicatorAt(plan, index).id;
/** Year columns F… from 2010, indicator rows from 5, as on a monitoring sheet. */
const at = (indicatorId: string, year: number) =>
  `指标监测!${String.fromCharCode(70 + year - 2010)}${5 + plan.indicators.findIndex((i) => i.id === indicatorId)}`;

/** A check as the adapter returns it, from the core's summary of these figures and review entries. */
function checked(observations: readonly Observation[]): CheckResult {
  const summary = summarise(plan, observations, {
    reportingYear: 2012,
    explanations: [
      { indicatorId: id(0), year: 2011, text: "统计口径调整", author: "张三", at: "2026-01-01T00:00:00Z" },
      { indicatorId: id(1), year: 2011, text: "快报数", author: "张三", at: "2026-01-01T00:00:00Z" },
    ],
    decisions: [
      {
        indicatorId: id(0),
        year: 2011,
        decision: "returned",
        comment: "请补充依据",
        reviewer: "李四",
        at: "2026-01-02T00:00:00Z",
      },
    ],
  });
  const findings = summary.rows.flatMap((row) =>
    row.openFindings.map((finding) => ({
      finding,
      address: at(finding.indicatorId, finding.year),
      message: formatFinding(finding, "zh-CN"),
    })),
  );
  const addresses = new Map(
    plan.indicators.flatMap((indicator) =>
      [2010, 2011, 2012].map((year) => [cellKey(indicator.id, year), at(indicator.id, year)] as const),
    ),
  );
  return { findings, summary, addresses };
}

const FIGURES: readonly Observation[] = [
  // +60% in a year, explained, and the explanation returned by the reviewer: to rewrite.
  { indicatorId: id(0), year: 2010, input: 1000 },
  { indicatorId: id(0), year: 2011, input: 1600 },
  // An approximate figure, explained and awaiting review; the share grows too slowly.
  { indicatorId: id(1), year: 2010, input: 40 },
  { indicatorId: id(1), year: 2011, input: "约41" },
  // Below the baseline of an increase target: a warning without explanation, and deteriorating.
  { indicatorId: id(2), year: 2010, input: 1000 },
  { indicatorId: id(2), year: 2012, input: 900 },
  // Not a figure.
  { indicatorId: id(3), year: 2011, input: "待统计" },
  { indicatorId: id(3), year: 2012, input: 48 },
];

describe("check items", () => {
  it("sorts findings and statuses into the four groups: returned explanations are rewritten, awaiting ones are not listed", () => {
    const result = checked(FIGURES);
    const items = checkItems(result);
    expect(items.map((item) => [item.group, item.kind, item.name, item.year])).toEqual([
      ["errors", "finding", "指标3", 2011],
      ["explain", "finding", "指标0", 2011],
      ["explain", "finding", "指标2", 2012],
      ["offTrack", "status", "指标2", 2012],
      ["accelerate", "status", "指标1", 2011],
    ]);
    expect(countGroups(items)).toEqual({ errors: 1, explain: 2, offTrack: 1, accelerate: 1 });
    expect(awaitingReview(result)).toBe(1);
    // A status goes to its latest figure's cell.
    expect(items[3]).toMatchObject({ kind: "status", address: at(id(2), 2012) });
  });

  it("goes to an item's cell where the latest result puts it, once a live re-check has moved its row", () => {
    const listed = checked(FIGURES);
    const items = checkItems(listed);
    const sorted = { addresses: new Map([...listed.addresses, [cellKey(id(3), 2011), "指标监测!G20"]]) };
    expect(items.map((item) => currentAddress(item, sorted))).toEqual([
      "指标监测!G20",
      at(id(0), 2011),
      at(id(2), 2012),
      at(id(2), 2012),
      at(id(1), 2011),
    ]);
    const [first] = items;
    if (first === undefined) throw new Error("no items");
    expect(currentAddress(first, null)).toBe(at(id(3), 2011));
  });

  it("keeps keys unique and stable when one cell draws the same finding twice", () => {
    const result = checked(FIGURES);
    const [error] = result.findings.filter((located) => located.finding.severity === "error");
    if (error === undefined) throw new Error("no error found");
    const twice = { ...result, findings: [...result.findings, error] };
    const keys = checkItems(twice).map((item) => item.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(checkItems(twice).map((item) => item.key)).toEqual(keys);
  });

  it("filters by group and by a part of the indicator's name, ignoring width and case", () => {
    const items = checkItems(checked(FIGURES));
    expect(filterItems(items, "explain", "").map((item) => item.name)).toEqual(["指标0", "指标2"]);
    expect(filterItems(items, "all", " 指标２ ").map((item) => item.group)).toEqual(["explain", "offTrack"]);
    expect(filterItems(items, "errors", "指标2")).toEqual([]);
    expect(filterItems(items, "all", "")).toBe(items);
  });
});

describe("findings no indicator row owns", () => {
  it("lists a figure in a row without an id, and a row named as another indicator, among the things to fix", async () => {
    const sim = createSimulator();
    const host = simulatorHost(sim);
    await populate(host, CHENGDU_13, "zh-CN");
    const sheet = monitoringSheet(sim);
    const [first, second] = CHENGDU_13.indicators.map((indicator) => sheet.rowsOf(indicator.id)[0] ?? 0);
    const year = sheet.yearColumn(2017) ?? 0;
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem(sheet.name).protection.unprotect();
      await context.sync();
    });
    // The first row's id is gone; the second row is renamed after another indicator.
    expect(sim.user.clear(sheet.name, sheet.address(first ?? 0, sheet.column("指标编号") ?? 0))).toEqual({ ok: true });
    expect(sim.user.edit(sheet.name, sheet.address(first ?? 0, year), 64)).toEqual({ ok: true });
    expect(sim.user.edit(sheet.name, sheet.address(second ?? 0, year), 2.6)).toEqual({ ok: true });
    expect(sim.user.edit(sheet.name, sheet.address(second ?? 0, sheet.column("指标") ?? 0), "高新技术企业数")).toEqual({
      ok: true,
    });

    const items = checkItems(await check(host, "zh-CN"));
    const lost = items.find((item) => item.kind === "finding" && item.located.finding.code === "row-without-id");
    expect(lost).toMatchObject({
      group: "errors",
      name: `${sheet.name}!${sheet.address(first ?? 0, year)}`,
      row: null,
    });
    const renamed = items.find((item) => item.kind === "finding" && item.located.finding.code === "name-mismatch");
    expect(renamed).toMatchObject({ group: "errors", indicatorId: CHENGDU_13.indicators[1]?.id });
  });
});
