import { indicatorId } from "../../src/core/indicator-id";
import { BUILT_IN_CATALOGS } from "../../src/plans";
import { groupCatalogs } from "../../src/taskpane/plans/catalog-groups";
import { draftFromText, type Draft } from "../../src/taskpane/plans/draft";
import { draftEdited, mergeMarked, settleConflict, updateEntry } from "../../src/taskpane/plans/draft-edit";
import { checkDraft, readBaseline, readTarget } from "../../src/taskpane/plans/draft-plan";
import { importedPlanId } from "../../src/taskpane/plans/plan-id";
import { sourceText } from "../../src/taskpane/plans/source-text";
import { CONFLICTING_PLAN, seedText as seed, TWO_ON_ONE_LINE } from "./plans-fixtures";

function draftOf(text: string): Draft {
  const outcome = draftFromText(text);
  if (!outcome.ok) throw new Error(`no draft: ${outcome.code}`);
  return outcome.draft;
}

describe("catalog groups", () => {
  it("groups plans by region and period, regions in catalog order, plans without a region last", () => {
    const [first] = BUILT_IN_CATALOGS;
    if (first === undefined) throw new Error("no catalogs");
    const regionless = { ...first, id: "no-region", region: null };
    const groups = groupCatalogs([regionless, ...BUILT_IN_CATALOGS]);
    expect(groups.map((g) => [g.region, g.period.start, g.period.end, g.catalogs.map((c) => c.id)])).toEqual([
      ["成都市", 2016, 2020, ["chengdu-13th-sti"]],
      ["成都市", 2021, 2025, ["chengdu-14th-outline-sti"]],
      ["四川省", 2016, 2025, ["chengdu-innovation-zone-opinions"]],
      ["四川省", 2021, 2025, ["sichuan-14th-hitech"]],
      ["重庆市", 2016, 2020, ["chongqing-13th-sti"]],
      [null, 2016, 2020, ["no-region"]],
    ]);
  });
});

describe("imported plan id", () => {
  it("is the same for the same title however it is spaced or wide, and differs between titles", () => {
    const id = importedPlanId("某市科技创新规划（2021-2025年）", []);
    expect(id).toMatch(/^imported-[0-9a-f]{8}$/u);
    expect(importedPlanId(" 某市科技创新规划 (2021-2025年)", [])).toBe(id);
    expect(importedPlanId("某县科技创新规划（2021-2025年）", [])).not.toBe(id);
  });

  it("keeps the id of a known plan of the same title, so re-importing keeps its figures", () => {
    expect(importedPlanId("成都市“十三五”科技创新规划", BUILT_IN_CATALOGS)).toBe("chengdu-13th-sti");
  });
});

describe("draft from pasted text", () => {
  it("says why there is nothing to preview", () => {
    expect(draftFromText("  \n ")).toEqual({ ok: false, code: "empty" });
    expect(draftFromText("关于召开全市科技工作会议的通知\n请各单位准时参加。")).toEqual({
      ok: false,
      code: "no-indicators",
    });
  });

  it("builds the entries the built-in catalog has from the same seed, with figures as editable text", () => {
    const draft = draftOf(seed("000_fe8123ca23c369e9.txt"));
    expect([draft.title, draft.startText, draft.endText]).toEqual(["成都市“十三五”科技创新规划", "2016", "2020"]);
    const catalog = BUILT_IN_CATALOGS.find((c) => c.id === "chengdu-13th-sti");
    expect(draft.entries.map((e) => e.name)).toEqual(catalog?.indicators.map((i) => i.name));
    expect(draft.entries[0]).toMatchObject({
      name: "科技进步贡献率",
      unit: "%",
      baselineText: "62",
      targetText: "≥67",
    });
  });

  it("builds the same plan as the built-in catalog when nothing is edited, ids included", () => {
    const draft = draftOf(seed("000_fe8123ca23c369e9.txt"));
    const { plan } = checkDraft(draft, BUILT_IN_CATALOGS);
    const catalog = BUILT_IN_CATALOGS.find((c) => c.id === "chengdu-13th-sti");
    expect(plan?.id).toBe("chengdu-13th-sti");
    expect(plan?.indicators).toEqual(catalog?.indicators);
  });

  it("keeps the conflicts buildCatalog reports, unsettled until the person chooses", () => {
    const draft = draftOf(CONFLICTING_PLAN);
    expect(draft.conflicts).toHaveLength(1);
    expect(draft.conflicts[0]).toMatchObject({ name: "高新技术企业数", kept: { line: 6 }, other: { line: 8 } });
    const unsettled = checkDraft(draft, []);
    expect([unsettled.unsettled, unsettled.plan]).toEqual([1, null]);

    const other = settleConflict(draft, 0, "other");
    const firms = other.entries.find((e) => e.name === "高新技术企业数");
    expect([firms?.targetText, firms?.provenance.map((p) => p.line)]).toEqual(["≥300", [6, 8]]);
    expect(checkDraft(other, []).plan?.indicators[1]?.target).toEqual({ comparator: ">=", year: 2025, value: 300 });

    const back = settleConflict(other, 0, "kept");
    const again = back.entries.find((e) => e.name === "高新技术企业数");
    expect([again?.targetText, again?.provenance.map((p) => p.line)]).toEqual(["≥200", [6]]);
  });

  it("needs no choice for a conflict whose indicator is left out", () => {
    const draft = draftOf(CONFLICTING_PLAN);
    const firms = draft.entries.find((e) => e.name === "高新技术企业数");
    const without = updateEntry(draft, firms?.key ?? "", { included: false });
    const check = checkDraft(without, []);
    expect(check.unsettled).toBe(0);
    expect(check.plan?.indicators.map((i) => i.name)).toEqual(["=SUM(A1:A9)创新指数"]);
  });
});

describe("a conflict on a line that states two indicators", () => {
  const RD = "R&D经费支出占地区生产总值比重";
  const PATENTS = "每万人发明专利拥有量";
  const named = (draft: Draft, name: string) => draft.entries.find((e) => e.name === name);

  it("settles into the indicator the conflict is about, not the first one stated on its line", () => {
    const draft = draftOf(TWO_ON_ONE_LINE);
    expect(draft.conflicts).toHaveLength(1);
    expect(draft.conflicts[0]).toMatchObject({ name: PATENTS, kept: { line: 3 }, other: { line: 5 } });
    expect(draft.conflicts[0]?.other.provenance.snippet).toBe("每万人发明专利拥有量达到25件");

    const other = settleConflict(draft, 0, "other");
    expect([named(other, PATENTS)?.targetText, named(other, PATENTS)?.provenance.map((p) => p.line)]).toEqual([
      "≥25",
      [3, 5],
    ]);
    expect(named(other, RD)).toEqual(named(draft, RD));
    const plan = checkDraft(other, []).plan;
    expect(plan?.indicators.map((i) => [i.name, i.unit, i.target])).toEqual([
      [RD, "%", { comparator: ">=", year: 2020, value: 3.5 }],
      [PATENTS, "件", { comparator: ">=", year: 2020, value: 25 }],
    ]);
  });

  it("shows as the other side's source the statement of that target, not another on its line in the same unit", () => {
    const text = [
      "某市“十三五”科技创新规划",
      "到2020年，每万人发明专利拥有量达到20件。",
      "到2020年，有效发明专利达到8000件，每万人发明专利拥有量达到25件。",
    ].join("\n");
    const [conflict] = draftOf(text).conflicts;
    expect(conflict?.other.provenance).toEqual({ source: "text", line: 3, snippet: "每万人发明专利拥有量达到25件" });
  });

  it("counts the conflict as unsettled by whether its own indicator is kept", () => {
    const draft = draftOf(TWO_ON_ONE_LINE);
    const withoutRd = updateEntry(draft, named(draft, RD)?.key ?? "", { included: false });
    expect(checkDraft(withoutRd, []).unsettled).toBe(1);
    const withoutPatents = updateEntry(draft, named(draft, PATENTS)?.key ?? "", { included: false });
    expect(checkDraft(withoutPatents, []).unsettled).toBe(0);
  });

  it("follows its indicator into the entry it is merged into", () => {
    const draft = draftOf(TWO_ON_ONE_LINE);
    const rd = named(draft, RD);
    const patents = named(draft, PATENTS);
    if (rd === undefined || patents === undefined) throw new Error("entries missing");
    // A third entry, listed between the two, that the patents merge into: the merged entry keeps its key.
    const third = { ...rd, key: "entry-extra", name: "专利", unit: "件", targetText: "", provenance: [] };
    let edited: Draft = { ...draft, entries: [rd, third, patents] };
    edited = updateEntry(edited, third.key, { markedForMerge: true });
    edited = updateEntry(edited, patents.key, { markedForMerge: true });
    const merged = mergeMarked(edited);
    const settled = settleConflict(merged, 0, "other");
    expect(settled.entries.find((e) => e.key === third.key)?.targetText).toBe("≥25");
    expect(named(settled, RD)).toEqual(rd);
    expect(checkDraft(updateEntry(settled, third.key, { included: false }), []).unsettled).toBe(0);
  });
});

describe("editing a draft", () => {
  it("merges marked entries into the first, keeping its fields and every source", () => {
    const draft = draftOf(seed("000_fe8123ca23c369e9.txt"));
    const [a, b] = draft.entries.filter((e) => ["高层次创新创业人才", "技术市场交易额"].includes(e.name));
    if (a === undefined || b === undefined) throw new Error("entries missing");
    // Marked in reverse: the list's order decides which is first (the table's rows lead).
    let edited = updateEntry(draft, b.key, { markedForMerge: true });
    edited = updateEntry(edited, a.key, { markedForMerge: true });
    const merged = mergeMarked(edited);
    expect(merged.entries).toHaveLength(draft.entries.length - 1);
    const result = merged.entries.find((e) => e.key === a.key);
    expect([result?.name, result?.unit, result?.baselineText]).toEqual(["技术市场交易额", "亿元", "406.7"]);
    expect(result?.provenance.map((p) => p.line)).toEqual(
      [...a.provenance, ...b.provenance].map((p) => p.line).sort((x, y) => x - y),
    );
    expect(merged.entries.some((e) => e.key === b.key)).toBe(false);
  });

  it("fills an empty field of the first from the others", () => {
    const draft = draftOf(seed("000_fe8123ca23c369e9.txt"));
    const [first, second] = draft.entries;
    if (first === undefined || second === undefined) throw new Error("entries missing");
    let edited = updateEntry(draft, first.key, { markedForMerge: true, unit: "", baselineText: "" });
    edited = updateEntry(edited, second.key, { markedForMerge: true });
    const merged = mergeMarked(edited).entries[0];
    expect([merged?.name, merged?.unit, merged?.baselineText]).toEqual([first.name, second.unit, second.baselineText]);
  });

  it("counts edits, exclusions, merges and chosen targets as changes to ask about, ticks for a merge not", () => {
    const draft = draftOf(CONFLICTING_PLAN);
    const [first, second] = draft.entries;
    if (first === undefined || second === undefined) throw new Error("entries missing");
    expect(draftEdited(draft, draft)).toBe(false);
    expect(draftEdited(updateEntry(draft, first.key, { markedForMerge: true }), draft)).toBe(false);
    expect(draftEdited(updateEntry(draft, first.key, { targetText: "70" }), draft)).toBe(true);
    expect(draftEdited({ ...draft, title: "某市规划" }, draft)).toBe(true);
    expect(draftEdited(updateEntry(draft, second.key, { included: false }), draft)).toBe(true);
    expect(draftEdited(settleConflict(draft, 0, "kept"), draft)).toBe(true);
    const marked = updateEntry(updateEntry(draft, first.key, { markedForMerge: true }), second.key, {
      markedForMerge: true,
    });
    expect(draftEdited(mergeMarked(marked), draft)).toBe(true);
  });

  it("leaves the draft alone when fewer than two are marked", () => {
    const draft = draftOf(seed("000_fe8123ca23c369e9.txt"));
    const one = updateEntry(draft, draft.entries[0]?.key ?? "", { markedForMerge: true });
    expect(mergeMarked(one)).toBe(one);
  });

  it("reports each field's problem and builds no plan until they are fixed", () => {
    const draft = draftOf(seed("000_fe8123ca23c369e9.txt"));
    const [first, second] = draft.entries;
    if (first === undefined || second === undefined) throw new Error("entries missing");
    let edited = { ...draft, title: " ", endText: "2015" };
    edited = updateEntry(edited, first.key, { targetText: "待定", baselineText: "3-5" });
    edited = updateEntry(edited, second.key, { name: first.name });
    const check = checkDraft(edited, []);
    expect(check.plan).toBeNull();
    expect([check.title, check.start, check.end]).toEqual([{ code: "required" }, null, { code: "end-before-start" }]);
    expect(check.entries.get(first.key)).toMatchObject({
      target: { code: "not-a-figure", failure: "not-a-number" },
      baseline: { code: "single-value" },
    });
    expect(check.entries.get(second.key)?.name).toEqual({ code: "duplicate", other: first.name });
    expect(check.problems).toBe(5);
  });

  it("makes ids as the core does, from the title's plan id, the edited name and the target year", () => {
    const draft = draftOf(CONFLICTING_PLAN);
    const settled = settleConflict(draft, 0, "kept");
    const renamed = updateEntry(settled, settled.entries[1]?.key ?? "", { name: "高新技术企业数量" });
    const plan = checkDraft(renamed, []).plan;
    const id = importedPlanId("某市“十四五”科技创新规划", []);
    expect(plan?.id).toBe(id);
    expect(plan?.region).toBe("某市");
    expect(plan?.indicators.map((i) => i.id)).toEqual([
      indicatorId(id, "=SUM(A1:A9)创新指数", 2025),
      indicatorId(id, "高新技术企业数量", 2025),
    ]);
  });
});

describe("reading the edited figures", () => {
  const entry = { comparator: ">=" as const, targetYear: 2020, unit: "%" };

  it.each([
    ["70", { comparator: ">=", year: 2020, value: 70 }],
    ["≤5", { comparator: "<=", year: 2020, value: 5 }],
    ["3-5", { comparator: "range", year: 2020, low: 3, high: 5 }],
    ["3～5", { comparator: "range", year: 2020, low: 3, high: 5 }],
    ["翻一番", { comparator: "x2", year: 2020 }],
    ["x2", { comparator: "x2", year: 2020 }],
    ["７０%", { comparator: ">=", year: 2020, value: 70 }],
  ])("reads the target %s", (targetText, target) => {
    expect(readTarget({ ...entry, targetText })).toEqual({ ok: true, value: target });
  });

  it.each([
    ["", { code: "required" }],
    ["很多", { code: "not-a-figure", failure: "not-a-number" }],
    ["1.2.3", { code: "not-a-figure", failure: "malformed-number" }],
    ["70亿元", { code: "unit-mismatch", unit: "亿元", expected: "%" }],
  ])("refuses the target %j", (targetText, issue) => {
    expect(readTarget({ ...entry, targetText })).toEqual({ ok: false, issue });
  });

  it("reads a blank baseline as none and a number as the baseline of the given year", () => {
    expect(readBaseline({ baselineText: "", unit: "%" }, 2015)).toEqual({ ok: true, value: null });
    expect(readBaseline({ baselineText: "1,234", unit: "%" }, 2015)).toEqual({
      ok: true,
      value: { year: 2015, value: 1234 },
    });
  });
});

describe("source text", () => {
  it("shows a table row's cells and the sentence of a long paragraph that states the target", () => {
    const lines = [
      "\t科技进步贡献率（%）",
      `${"前文。".repeat(40)}到2020年，专利申请量达到8万件。后文${"很长".repeat(80)}`,
    ];
    expect(sourceText(lines, { source: "table", line: 1, snippet: "科技进步贡献率（%） | 62 | ≥67" })).toBe(
      "科技进步贡献率（%） | 62 | ≥67",
    );
    expect(sourceText(lines, { source: "text", line: 2, snippet: "专利申请量达到8万件" })).toBe(
      "…到2020年，专利申请量达到8万件。…",
    );
  });
});
