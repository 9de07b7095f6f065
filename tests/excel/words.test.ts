import fc from "fast-check";
import { explanationCell, reviewCell } from "../../src/core/workbook/words";

describe("the 审核说明 cell", () => {
  it.each([
    ["", new Map([[2018, "统计口径调整"]]), "2018年：统计口径调整"],
    [
      "2018年：旧的\n口径说明见附件",
      new Map([
        [2018, "统计口径调整"],
        [2019, "新增企业"],
      ]),
      "2018年：统计口径调整\n口径说明见附件\n2019年：新增企业",
    ],
    ["企业搬迁", new Map(), "企业搬迁"],
    ["2019年：b\n2017年：a", new Map([[2018, "c"]]), "2019年：b\n2017年：a\n2018年：c"],
    ["2018: old", new Map([[2018, "多行\n说明"]]), "2018年：多行 说明"],
  ])("merges %j with the saved explanations", (existing, latest, expected) => {
    expect(explanationCell(existing, latest, "zh-CN")).toBe(expected);
  });

  it("keeps every line people typed that is not a saved year's, and shows every saved year once", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc
            .string({ maxLength: 20 })
            .filter(
              (line) => !/^\s*\d{4}/u.test(line) && !line.includes("\n") && !line.includes("\r") && line.trim() !== "",
            ),
        ),
        fc.uniqueArray(fc.integer({ min: 2015, max: 2025 })),
        (typed, years) => {
          const latest = new Map(years.map((year) => [year, `说明${year}`]));
          const cell = explanationCell(typed.join("\n"), latest, "zh-CN");
          const lines = cell.split("\n");
          for (const line of typed) expect(lines).toContain(line);
          for (const year of years)
            expect(lines.filter((line) => line.startsWith(`${year}年：`))).toEqual([`${year}年：说明${year}`]);
          // Writing the same again changes nothing.
          expect(explanationCell(cell, latest, "zh-CN")).toBe(cell);
        },
      ),
    );
  });
});

describe("the 审核意见 cell", () => {
  it.each([
    ["zh-CN", "2018年：已退回，请补充依据\n2019年：已通过"],
    ["en-US", "2018: Returned; 请补充依据\n2019: Accepted"],
  ] as const)("lists the latest decision per year (%s)", (locale, expected) => {
    const cell = reviewCell(
      [
        [2019, { decision: "accepted", comment: "" }],
        [2018, { decision: "returned", comment: "请补充依据" }],
      ],
      locale,
    );
    expect(cell).toBe(expected);
  });
});
