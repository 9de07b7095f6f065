import fc from "fast-check";
import { indicatorId, normaliseIndicatorName } from "../../src/core/indicator-id";

describe("indicator ids stay stable when a plan is extracted again", () => {
  it.each([
    ["科技进步贡献率（%）", "科技进步贡献率"],
    ["科技进步贡献率(%)", "科技进步贡献率"],
    ["科技进步贡献率（%", "科技进步贡献率"],
    ["科技进步贡献率 ( % )", "科技进步贡献率"],
    ["全社会R&D经费支出占GDP的比重（%）", "全社会r&d经费支出占gdp的比重"],
    ["全社会Ｒ＆Ｄ经费支出占ＧＤＰ的比重", "全社会r&d经费支出占gdp的比重"],
    ["每万劳动力中研发人员数", "每万劳动力中研发人员数"],
    ["\u00a0有效发明专利总量（件）\t", "有效发明专利总量"],
  ])("%s → %s", (name, normalised) => {
    expect(normaliseIndicatorName(name)).toBe(normalised);
  });

  it("keeps a name that is only a parenthesis rather than emptying it", () => {
    expect(normaliseIndicatorName("（%）")).toBe("(%)");
  });

  it("tells apart the same indicator with another target year", () => {
    expect(indicatorId("p", "高新技术企业数（家）", 2020)).not.toBe(indicatorId("p", "高新技术企业数（家）", 2025));
  });

  it("gives one id for any spacing and width of the same name", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(" ", "\u3000", "\u00a0", "\t"), { maxLength: 3 }), (spaces) => {
        const spaced = ["有效", "发明专利", "总量（件）"].join(spaces.join(""));
        expect(indicatorId("cd", spaced, 2020)).toBe(indicatorId("cd", "有效发明专利总量(件)", 2020));
      }),
    );
  });
});
