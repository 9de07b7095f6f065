import fc from "fast-check";
import {
  cellAddress,
  columnLetters,
  parseRange,
  qualifiedAddress,
  rangeAddress,
  splitQualified,
} from "../../src/core/workbook/a1";

describe("A1 addresses", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [27, "AB"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %i is %s", (column, letters) => {
    expect(columnLetters(column)).toBe(letters);
  });

  it.each([
    ["C5", { top: 4, left: 2, bottom: 4, right: 2 }],
    ["$C$5:$F$20", { top: 4, left: 2, bottom: 19, right: 5 }],
    ["F20:C5", { top: 4, left: 2, bottom: 19, right: 5 }],
    ["指标监测!C5:D6", { top: 4, left: 2, bottom: 5, right: 3 }],
    ["'Plan monitoring'!5:7", { top: 4, left: 0, bottom: 6, right: 16383 }],
    ["C:D", { top: 0, left: 2, bottom: 1048575, right: 3 }],
  ])("reads %s", (address, range) => {
    expect(parseRange(address)).toEqual(range);
  });

  it.each(["", "C", "5C", "C5:D", "A1:B2:C3", "C0", "ZZZZ1"])("refuses %j", (address) => {
    expect(parseRange(address)).toBeNull();
  });

  it("reads back every cell and range it writes", () => {
    fc.assert(
      fc.property(fc.nat(5000), fc.nat(16383), fc.nat(50), fc.nat(50), (row, column, height, width) => {
        const range = { top: row, left: column, bottom: row + height, right: Math.min(16383, column + width) };
        expect(parseRange(rangeAddress(range))).toEqual(range);
        expect(parseRange(cellAddress({ row, column }))).toEqual({
          top: row,
          left: column,
          bottom: row,
          right: column,
        });
      }),
    );
  });

  it.each([
    ["指标监测", "指标监测!C5"],
    ["Plan monitoring", "'Plan monitoring'!C5"],
    ["O'Brien", "'O''Brien'!C5"],
    ["AB12", "'AB12'!C5"],
    ["2025", "'2025'!C5"],
  ])("quotes the sheet name %j as Excel does", (sheet, address) => {
    expect(qualifiedAddress(sheet, "C5")).toBe(address);
    expect(splitQualified(address)).toEqual({ sheetName: sheet, address: "C5" });
  });

  it("splits any sheet name it quoted", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 31 }), (sheet) => {
        expect(splitQualified(qualifiedAddress(sheet, "B2"))).toEqual({ sheetName: sheet, address: "B2" });
      }),
    );
  });
});
