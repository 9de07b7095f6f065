import { asCellText, safeSheetName, templateLayout, templateYears } from "../../src/core/layout";
import type { Plan } from "../../src/core/model";
import { CHENGDU_13 } from "../fixtures/chengdu-13";

describe("the monitoring sheet's layout", () => {
  const model = templateLayout(CHENGDU_13, "zh-CN");
  const header = model.columns.map((column) => column.header);

  it("has the columns staff expect, one input column per year from the base year to the target year", () => {
    expect(header).toEqual([
      "序号",
      "指标",
      "单位",
      "属性",
      "基期年份",
      "基期值",
      "目标年份",
      "目标值",
      "2015年",
      "2016年",
      "2017年",
      "2018年",
      "2019年",
      "2020年",
      "状态",
      "审核说明",
      "审核意见",
      "指标编号",
    ]);
    expect(model.columns.filter((column) => column.input).map((column) => column.header)).toEqual([
      "2015年",
      "2016年",
      "2017年",
      "2018年",
      "2019年",
      "2020年",
      "审核说明",
    ]);
    expect(model.columns.filter((column) => column.hidden).map((column) => column.key)).toEqual(["id"]);
  });

  it("writes each indicator's row as the plan's table does, with the target as ≥67", () => {
    expect(model.rows[0]?.cells.slice(0, 8)).toEqual([1, "科技进步贡献率", "%", "预期性", 2015, 62, 2020, "≥67"]);
    const literacy = model.rows.find((row) => row.cells[1] === "公众具备基本科学素养的比例");
    expect(literacy?.cells.slice(4, 8)).toEqual([2014, 7.5, 2020, "≥10.5"]);
    expect(model.rows.map((row) => row.cells[row.cells.length - 1])).toEqual(CHENGDU_13.indicators.map((i) => i.id));
  });

  it("prompts each input cell with what to enter and the target", () => {
    expect(model.rows[3]?.prompt.message).toBe(
      "有效发明专利总量：填写当年实际值（单位：件），目标 ≥40000。无数据填“——”。",
    );
    for (const row of model.rows) expect(row.prompt.message.length).toBeLessThanOrEqual(255);
  });

  it("states the plan, its period and the blank-cell rule above the header", () => {
    expect(model.titleRows).toEqual([
      "成都市“十三五”科技创新规划",
      "成都市 · 规划期 2016—2020年 · 空白单元格视为未填报，不按 0 计算",
    ]);
    expect(model.headerRow).toBe(model.titleRows.length + 1);
  });

  it("speaks English when asked", () => {
    const english = templateLayout(CHENGDU_13, "en-US");
    expect(english.columns.slice(0, 3).map((column) => column.header)).toEqual(["No.", "Indicator", "Unit"]);
    expect(english.rows[0]?.cells[3]).toBe("Expected");
  });

  it("covers a later target year than the period's end", () => {
    const [first] = CHENGDU_13.indicators;
    if (first === undefined) throw new Error("the fixture has indicators");
    const plan: Plan = {
      ...CHENGDU_13,
      indicators: [{ ...first, target: { comparator: ">=", year: 2022, value: 70 } }],
    };
    expect(templateYears(plan)).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022]);
  });
});

describe("text from a plan is never a formula", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["+86 28 1234", "'+86 28 1234"],
    ["-5%", "'-5%"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=cmd", "'\t=cmd"],
    ["科技进步贡献率", "科技进步贡献率"],
    ["", ""],
  ])("%j → %j", (text, safe) => {
    expect(asCellText(text)).toBe(safe);
  });
});

describe("sheet names", () => {
  it.each([
    ["指标监测", "指标监测"],
    ["成都/四川:[2016]*?", "成都四川2016"],
    ["'quoted'", "quoted"],
    [
      "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三",
      "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一",
    ],
    ["///", "Sheet"],
  ])("%s → %s", (name, safe) => {
    expect(safeSheetName(name)).toBe(safe);
  });
});
