import { displayedFigure, withDisplayedFigures } from "../../src/core/workbook/displayed-figure";
import { readLayout } from "../../src/core/workbook/sheet-reading";

describe("displayedFigure", () => {
  it("shows a number under a percent format as the percent people typed, without float noise", () => {
    expect(displayedFigure(0.63, "0%")).toBe("63%");
    expect(displayedFigure(0.635, "0.00%")).toBe("63.5%");
    expect(displayedFigure(0.07, "0.0%")).toBe("7%");
    expect(displayedFigure(-0.021, "0.0%")).toBe("-2.1%");
    expect(displayedFigure(1.234, "#,##0.00%")).toBe("123.4%");
    expect(displayedFigure(0.5, "[Red]0%")).toBe("50%");
  });

  it("leaves a % that is literal text, escaped, a fill or a spacing, or in brackets, unscaled", () => {
    for (const format of ['0"%"', "0\\%", "0_%", "0*%", "[$%-804]0", "General", "@", "0.00"]) {
      expect(displayedFigure(63, format)).toBe(63);
    }
  });

  it("takes the % of the section the number's sign selects", () => {
    expect(displayedFigure(0.5, '0%;0"元"')).toBe("50%");
    expect(displayedFigure(-5, '0%;0"元"')).toBe(-5);
    expect(displayedFigure(0, "0;0;0%")).toBe("0%");
    expect(displayedFigure(-0.5, "0;0%")).toBe("-50%");
  });

  it("leaves text, booleans and blanks as they are", () => {
    expect(displayedFigure("63%", "0%")).toBe("63%");
    expect(displayedFigure("待统计", "0%")).toBe("待统计");
    expect(displayedFigure(true, "0%")).toBe(true);
    expect(displayedFigure(0.63, undefined)).toBe(0.63);
  });
});

describe("withDisplayedFigures", () => {
  const reading = readLayout({
    top: 0,
    left: 0,
    values: [
      ["指标名称", "指标编号", "2016年", "2017年"],
      [0.5, "p:a:2020", 0.63, 0.7],
    ],
  });
  if (reading === null) throw new Error("no layout");

  it("rewrites only year cells below the header, as their formats show them", () => {
    const shown = withDisplayedFigures(reading, () => "0%");
    expect(shown.grid.values[1]).toEqual([0.5, "p:a:2020", "63%", "70%"]);
    expect(reading.grid.values[1]).toEqual([0.5, "p:a:2020", 0.63, 0.7]);
  });

  it("returns the same reading when no cell shows a percent", () => {
    expect(withDisplayedFigures(reading, () => "General")).toBe(reading);
  });
});
