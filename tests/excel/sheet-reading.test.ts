import { templateLayout } from "../../src/core/layout";
import { LOCALES } from "../../src/core/messages";
import { headerYear, readLayout, type CellValue } from "../../src/core/workbook/sheet-reading";
import { CHENGDU_13 } from "../fixtures/chengdu-13";

/** The template's rows as a grid, the way Excel hands back the used range. */
function gridOf(locale: (typeof LOCALES)[number]): CellValue[][] {
  const model = templateLayout(CHENGDU_13, locale);
  return [
    ...model.titleRows.map((title) => [title]),
    [],
    model.columns.map((column) => column.header),
    ...model.rows.map((row) => row.cells.map((cell) => cell ?? "")),
  ];
}

describe("finding the layout on a sheet people have used", () => {
  it.each(LOCALES)("finds the header, the years and every indicator row (%s)", (locale) => {
    const model = templateLayout(CHENGDU_13, locale);
    const reading = readLayout({ top: 0, left: 0, values: gridOf(locale) });
    expect(reading?.headerRow).toBe(model.headerRow);
    expect([...(reading?.columns.years.keys() ?? [])]).toEqual(model.years);
    expect(reading?.columns.id).toBe(model.columns.findIndex((column) => column.key === "id"));
    expect(reading?.rows.map((row) => row.indicatorId)).toEqual(CHENGDU_13.indicators.map((indicator) => indicator.id));
  });

  it("skips rows inserted above the header and between indicators, and keeps absolute positions", () => {
    const values = gridOf("zh-CN");
    values.splice(1, 0, [], []);
    values.splice(8, 0, ["备注：本行是插入的"]);
    const reading = readLayout({ top: 2, left: 0, values });
    expect(reading?.headerRow).toBe(2 + 5);
    expect(reading?.rows).toHaveLength(CHENGDU_13.indicators.length);
    expect(reading?.rows[0]?.row).toBe(2 + 6);
    expect(reading?.rows[2]?.row).toBe(2 + 9);
  });

  it("is null for a sheet without the indicator-id header", () => {
    expect(
      readLayout({
        top: 0,
        left: 0,
        values: [
          ["序号", "指标"],
          [1, "x"],
        ],
      }),
    ).toBeNull();
  });

  it.each([
    ["2018年", 2018],
    ["2018", 2018],
    [2018, 2018],
    [" 2018 年 ", 2018],
    ["2018年目标", null],
    ["基期年份", null],
    [true, null],
  ])("reads the year header %j as %j", (header, year) => {
    expect(headerYear(header)).toBe(year);
  });
});
