/**
 * The promise populate makes: whatever people do to the sheet between rewrites (enter, clear, sort rows, insert
 * rows, rename the sheet, explain), and however the plan changes (indicators removed, added, a shorter period),
 * every figure and every explanation stays at its indicator and year. Compared after every step with a model of
 * what the person typed.
 */
import fc from "fast-check";
import type { Indicator, Plan } from "../../src/core/model";
import { check, populate, saveExplanation } from "../../src/excel";
import { CHENGDU_13 } from "../fixtures/chengdu-13";
import { columnLetters, monitoringSheet, setup, type SheetOracle } from "./sim";
import type { Simulator } from "../../src/workbench/simulator";

const BASE: readonly Indicator[] = CHENGDU_13.indicators.slice(0, 4);
const ADDED: Indicator = { ...BASE[0], id: "chengdu-13th-sti:新增:2020", name: "新增指标" } as Indicator;
const YEARS = [2015, 2016, 2017, 2018, 2019, 2020] as const;
const ALL: readonly Indicator[] = [...BASE, ADDED];

/** The plan as revised over time: some indicators left out, one added, or the period cut to 2019. */
type Variant = { readonly drop: number | null; readonly add: boolean; readonly short: boolean };

function planOf(variant: Variant): Plan {
  const indicators = [...BASE.filter((_, i) => i !== variant.drop), ...(variant.add ? [ADDED] : [])];
  return {
    ...CHENGDU_13,
    period: { start: 2016, end: variant.short ? 2019 : 2020 },
    indicators: indicators.map((indicator) =>
      variant.short ? { ...indicator, target: { comparator: ">=", year: 2019, value: 1 } } : indicator,
    ),
  };
}

type Command =
  | { readonly kind: "enter"; readonly indicator: number; readonly year: number; readonly value: string | number }
  | { readonly kind: "clear"; readonly indicator: number; readonly year: number }
  | { readonly kind: "explain"; readonly indicator: number; readonly year: number; readonly text: string }
  | { readonly kind: "sort"; readonly by: "name" | "year" | "id"; readonly ascending: boolean }
  | { readonly kind: "insert"; readonly at: number; readonly count: number }
  | { readonly kind: "rename"; readonly name: string }
  /** A remark in a 备注 column the person added after unprotecting the sheet. */
  | { readonly kind: "remark"; readonly indicator: number; readonly text: string }
  | { readonly kind: "populate"; readonly variant: Variant }
  | { readonly kind: "check" };

const indicator = fc.nat(ALL.length - 1);
// 2020 is the year a shorter period drops, so it is typed into more often.
const year = fc.oneof(fc.constant(2020), fc.constantFrom(...YEARS));
/** What people type that Excel keeps as typed: numbers, and text that is not a number to Excel. */
const value = fc.oneof(
  fc.integer({ min: -1000, max: 100_000 }),
  fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10),
  fc.constantFrom("１２.５", "1.2万", "约120", "——", "待统计", "0012以上"),
);
const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant("enter" as const), indicator, year, value }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("clear" as const), indicator, year }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("explain" as const),
      indicator,
      year,
      text: fc.constantFrom("统计口径调整", "=数据来源：年报", "多行\n说明", "-5%的原因"),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("sort" as const),
      by: fc.constantFrom("name" as const, "year" as const, "id" as const),
      ascending: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("insert" as const),
      at: fc.nat(20),
      count: fc.integer({ min: 1, max: 3 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("rename" as const),
      name: fc.constantFrom("监测表", "Plan 2", "十三五监测"),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("populate" as const),
      variant: fc.record({ drop: fc.option(fc.nat(BASE.length - 1)), add: fc.boolean(), short: fc.boolean() }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: "check" as const }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("remark" as const),
      indicator,
      text: fc.constantFrom("来源：统计年鉴", "'=待核实", "0012", "2026-03-01", "多行\n备注"),
    }),
  },
);

const key = (id: string, y: number): string => `${id}@${y}`;

async function unprotectAsPerson(sim: Simulator, sheet: string): Promise<void> {
  await sim.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).protection.unprotect();
    await context.sync();
  });
}

function cellAddress(sheet: SheetOracle, id: string, y: number): string | null {
  const row = sheet.rowsOf(id)[0];
  const column = sheet.yearColumn(y);
  return row === undefined || column === null ? null : sheet.address(row, column);
}

const REMARKS = "备注";

/** Every row holds exactly what the person typed for its indicator, and every saved explanation and remark. */
function expectNothingLost(
  sim: Simulator,
  figures: ReadonlyMap<string, string | number>,
  explanations: ReadonlyMap<string, string>,
  remarks: ReadonlyMap<string, string> = new Map(),
): void {
  const sheet = monitoringSheet(sim);
  const remarkColumn = sheet.column(REMARKS);
  for (const [id, text] of remarks) {
    const row = sheet.rowsOf(id)[0];
    const kept = row === undefined || remarkColumn === null ? null : String(sheet.value(row, remarkColumn));
    expect([id, kept]).toEqual([id, text]);
  }
  for (const item of ALL) {
    const rows = sheet.rowsOf(item.id);
    expect(rows.length).toBeLessThanOrEqual(1);
    const row = rows[0];
    for (const y of YEARS) {
      const typed = figures.get(key(item.id, y));
      const column = sheet.yearColumn(y);
      if (row === undefined || column === null) {
        expect([item.name, y, typed]).toEqual([item.name, y, undefined]);
        continue;
      }
      expect([item.name, y, sheet.value(row, column)]).toEqual([item.name, y, typed ?? ""]);
    }
    const cell = row === undefined ? "" : String(sheet.value(row, sheet.column(/^(审核说明|Explanation)$/u) ?? 0));
    for (const y of YEARS) {
      const text = explanations.get(key(item.id, y));
      if (text !== undefined) expect(cell.split("\n")).toContain(`${y}年：${text.replace(/\n/gu, " ")}`);
    }
  }
}

describe("populate, check and people's edits", () => {
  it("never lose a figure or an explanation", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 14 }), async (commands) => {
        const { sim, host } = setup({ userName: "张三" });
        await populate(host, planOf({ drop: null, add: false, short: false }), "zh-CN");
        const figures = new Map<string, string | number>();
        const explanations = new Map<string, string>();
        const remarks = new Map<string, string>();
        for (const step of commands) {
          const sheet = monitoringSheet(sim);
          switch (step.kind) {
            case "enter":
            case "clear": {
              const id = ALL[step.indicator]?.id ?? "";
              const address = cellAddress(sheet, id, step.year);
              if (address === null) break;
              const result =
                step.kind === "enter"
                  ? sim.user.edit(sheet.name, address, step.value)
                  : sim.user.clear(sheet.name, address);
              if (!result.ok) break;
              if (step.kind === "enter") figures.set(key(id, step.year), step.value);
              else figures.delete(key(id, step.year));
              break;
            }
            case "explain": {
              const id = ALL[step.indicator]?.id ?? "";
              if (sheet.rowsOf(id).length === 0) break;
              await saveExplanation(host, { indicatorId: id, year: step.year, text: step.text });
              explanations.set(key(id, step.year), step.text);
              break;
            }
            case "sort": {
              const column =
                step.by === "name"
                  ? sheet.column("指标")
                  : step.by === "id"
                    ? sheet.column("指标编号")
                    : sheet.yearColumn(2017);
              if (column === null || sheet.lastRow <= sheet.headerRow + 1) break;
              await unprotectAsPerson(sim, sheet.name);
              const sorted = sim.user.sortRows(
                sheet.name,
                sheet.headerRow + 1,
                sheet.lastRow,
                columnLetters(column - 1),
                step.ascending,
              );
              expect(sorted).toEqual({ ok: true });
              break;
            }
            case "insert":
              await unprotectAsPerson(sim, sheet.name);
              expect(sim.user.insertRows(sheet.name, 1 + (step.at % (sheet.lastRow + 1)), step.count)).toEqual({
                ok: true,
              });
              break;
            case "rename":
              if (sheet.name !== step.name) expect(sim.user.renameSheet(sheet.name, step.name)).toEqual({ ok: true });
              break;
            case "populate":
              await populate(host, planOf(step.variant), "zh-CN");
              break;
            case "remark": {
              const id = ALL[step.indicator]?.id ?? "";
              const row = sheet.rowsOf(id)[0];
              if (row === undefined) break;
              await unprotectAsPerson(sim, sheet.name);
              const column = sheet.column(REMARKS) ?? 26;
              expect(sim.user.edit(sheet.name, sheet.address(sheet.headerRow, column), REMARKS)).toEqual({ ok: true });
              expect(sim.user.edit(sheet.name, sheet.address(row, column), step.text)).toEqual({ ok: true });
              // What Excel made of the typing (`0012` → 12, a date → its serial) is what must survive.
              remarks.set(id, String(monitoringSheet(sim).value(row, column)));
              break;
            }
            case "check":
              await check(host, "zh-CN");
              break;
          }
          expectNothingLost(sim, figures, explanations, remarks);
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});

describe("what people add to the sheet themselves", () => {
  it("keeps a column of their own with its rows, formats and editability, and lines above the header", async () => {
    const { sim, host } = setup({ userName: "张三" });
    await populate(host, planOf({ drop: null, add: false, short: false }), "zh-CN");
    let sheet = monitoringSheet(sim);
    await unprotectAsPerson(sim, sheet.name);
    // A line above the header, in a row the person inserted there.
    expect(sim.user.insertRows(sheet.name, 2)).toEqual({ ok: true });
    expect(sim.user.edit(sheet.name, "C2", "填报单位：高新区统计局")).toEqual({ ok: true });
    sheet = monitoringSheet(sim);
    const [first, second] = [BASE[0], BASE[1]].map((item) => sheet.rowsOf(item?.id ?? "")[0] ?? 0);
    expect(sim.user.edit(sheet.name, sheet.address(sheet.headerRow, 27), "核实日期")).toEqual({ ok: true });
    expect(sim.user.edit(sheet.name, sheet.address(first ?? 0, 27), "2026-03-01")).toEqual({ ok: true });
    expect(sim.user.edit(sheet.name, sheet.address(second ?? 0, 27), "'=待核实")).toEqual({ ok: true });
    const dateText = sim.workbook.cell(sheet.name, sheet.address(first ?? 0, 27))?.text;
    expect(dateText).toBe("2026/3/1");

    // The plan drops the first indicator; its row is kept at the end, and the remarks go with the rows.
    await populate(host, planOf({ drop: 0, add: true, short: false }), "zh-CN");

    const after = monitoringSheet(sim);
    expect(after.headerRow).toBe(sheet.headerRow);
    expect(sim.workbook.cell(after.name, "C2")?.value).toBe("填报单位：高新区统计局");
    const column = after.column("核实日期");
    expect(column).not.toBeNull();
    const dateCell = sim.workbook.cell(after.name, after.address(after.rowsOf(BASE[0]?.id ?? "")[0] ?? 0, column ?? 0));
    expect(dateCell?.text).toBe(dateText);
    expect(dateCell?.numberFormat).not.toBe("General");
    const textCell = sim.workbook.cell(after.name, after.address(after.rowsOf(BASE[1]?.id ?? "")[0] ?? 0, column ?? 0));
    expect(textCell).toMatchObject({ value: "=待核实", locked: false });
    expect(sim.workbook.sheet(after.name)?.protection.protected).toBe(true);
    expect(sim.workbook.sheet(after.name)?.frozenRows).toBe(after.headerRow);
    // Still theirs to edit with the sheet protected again.
    expect(
      sim.user.edit(after.name, after.address(after.rowsOf(BASE[2]?.id ?? "")[0] ?? 0, column ?? 0), "已核"),
    ).toEqual({ ok: true });
  });
});
