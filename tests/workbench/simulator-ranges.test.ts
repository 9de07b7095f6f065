/** Ranges: addresses, navigation, values as Excel stores them, formats, hiding, clearing, used range, selection. */
import { createSimulator, type Simulator } from "../../src/workbench/simulator";

type Build = (sheet: Excel.Worksheet) => Excel.Range;

async function addressOf(sim: Simulator, build: Build, sheetName = "Sheet1"): Promise<string> {
  return sim.run(async (context) => {
    const range = build(context.workbook.worksheets.getItem(sheetName)).load("address");
    await context.sync();
    return range.address;
  });
}

async function write(sim: Simulator, address: string, values: unknown, sheetName = "Sheet1"): Promise<void> {
  await sim.run(async (context) => {
    context.workbook.worksheets.getItem(sheetName).getRange(address).values = values as unknown[][];
    await context.sync();
  });
}

describe("addresses", () => {
  it.each([
    ["A1", "Sheet1!A1"],
    ["c3:a1", "Sheet1!A1:C3"],
    ["$B$2:$D$4", "Sheet1!B2:D4"],
    ["Sheet1!A1:B2", "Sheet1!A1:B2"],
    ["A:C", "Sheet1!A:C"],
    ["2:5", "Sheet1!2:5"],
    ["XFD1048576", "Sheet1!XFD1048576"],
  ])("getRange(%s) has address %s", async (input, expected) => {
    expect(await addressOf(createSimulator(), (s) => s.getRange(input))).toBe(expected);
  });

  it("quotes sheet names that need it and accepts quoted addresses", async () => {
    const sim = createSimulator();
    await sim.run(async (context) => {
      context.workbook.worksheets.add("My Sheet");
      context.workbook.worksheets.add("指标");
      await context.sync();
    });
    expect(await addressOf(sim, (s) => s.getRange("'My Sheet'!B2"), "My Sheet")).toBe("'My Sheet'!B2");
    expect(await addressOf(sim, (s) => s.getRange("A1"), "指标")).toBe("指标!A1");
  });

  it.each(["A", "A0", "XFE1", "A1:B", "A1048577", "", "Sheet1!", "A1:B2:C3"])(
    "refuses the address %p with InvalidArgument",
    async (input) => {
      await expect(addressOf(createSimulator(), (s) => s.getRange(input))).rejects.toMatchObject({
        code: "InvalidArgument",
      });
    },
  );

  it("refuses an address on another sheet", async () => {
    await expect(addressOf(createSimulator(), (s) => s.getRange("Other!A1"))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
  });

  it("reports index and size properties", async () => {
    const sim = createSimulator();
    const props = await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("C2:E5");
      range.load("rowIndex, columnIndex, rowCount, columnCount");
      await context.sync();
      return [range.rowIndex, range.columnIndex, range.rowCount, range.columnCount];
    });
    expect(props).toEqual([1, 2, 4, 3]);
  });
});

describe("ranges derived from ranges", () => {
  it.each<[string, Build, string]>([
    ["getRangeByIndexes", (s) => s.getRangeByIndexes(1, 2, 3, 2), "Sheet1!C2:D4"],
    ["Worksheet.getCell", (s) => s.getCell(4, 1), "Sheet1!B5"],
    ["Range.getCell", (s) => s.getRange("B2:D4").getCell(1, 1), "Sheet1!C3"],
    ["getResizedRange", (s) => s.getRange("B2").getResizedRange(2, 1), "Sheet1!B2:C4"],
    ["getOffsetRange", (s) => s.getRange("B2:C3").getOffsetRange(1, -1), "Sheet1!A3:B4"],
    ["getRow", (s) => s.getRange("B2:D4").getRow(2), "Sheet1!B4:D4"],
    ["getColumn", (s) => s.getRange("B2:D4").getColumn(0), "Sheet1!B2:B4"],
    ["getEntireColumn", (s) => s.getRange("B2:C3").getEntireColumn(), "Sheet1!B:C"],
    ["getEntireRow", (s) => s.getRange("B2:C3").getEntireRow(), "Sheet1!2:3"],
  ])("%s", async (_name, build, expected) => {
    expect(await addressOf(createSimulator(), build)).toBe(expected);
  });

  it.each<[string, Build]>([
    ["an offset off the grid", (s) => s.getRange("A1").getOffsetRange(-1, 0)],
    ["a row outside the range", (s) => s.getRange("A1:B2").getRow(2)],
    ["a resize below one row", (s) => s.getRange("A1:A2").getResizedRange(-2, 0)],
    ["a zero-sized index range", (s) => s.getRangeByIndexes(0, 0, 0, 1)],
  ])("refuses %s with InvalidArgument", async (_name, build) => {
    await expect(addressOf(createSimulator(), build)).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("values", () => {
  it("must match the range's shape; a scalar fills the whole range", async () => {
    const sim = createSimulator();
    await expect(write(sim, "A1:B2", [[1, 2]])).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(write(sim, "A1:B2", [[1]])).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(write(sim, "A1:B2", [[1, 2], [3]])).rejects.toMatchObject({ code: "InvalidArgument" });
    await write(sim, "A1:B2", 7);
    expect(sim.workbook.values("Sheet1", "A1:B2")).toEqual([
      [7, 7],
      [7, 7],
    ]);
  });

  it("leaves a cell unchanged for null and refuses objects and NaN", async () => {
    const sim = createSimulator();
    await write(sim, "A1:B1", [["keep", "old"]]);
    await write(sim, "A1:B1", [[null, "new"]]);
    expect(sim.workbook.values("Sheet1", "A1:B1")).toEqual([["keep", "new"]]);
    await expect(write(sim, "A1", [[{ a: 1 }]])).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(write(sim, "A1", [[Number.NaN]])).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it.each<[string, unknown, unknown, string | null, string]>([
    ["a number", 12.5, 12.5, null, "General"],
    ["a numeric string (Excel parses it)", "0012", 12, null, "General"],
    ["a string with thousands separators", "1,234", 1234, null, "General"],
    ["a text-prefixed string", "'0012", "0012", null, "General"],
    ["a formula", "=SUM(B1:B3)", 0, "=SUM(B1:B3)", "General"],
    ["a leading minus before text (a formula in Excel)", "-abc", 0, "=-abc", "General"],
    ["a percentage", "38%", 0.38, null, "0%"],
    ["a boolean word", "TRUE", true, null, "General"],
    ["plain text", "约120", "约120", null, "General"],
    ["a date", "2021-01-05", 44201, null, "yyyy/m/d"],
  ])("stores %s as Excel does", async (_name, input, value, formula, numberFormat) => {
    const sim = createSimulator();
    await write(sim, "A1", [[input]]);
    expect(sim.workbook.cell("Sheet1", "A1")).toMatchObject({ value, formula, numberFormat });
  });

  it("keeps text as text in a cell formatted as Text (@)", async () => {
    const sim = createSimulator();
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.numberFormat = [["@", "@"]];
      range.values = [["0012", "=A1"]];
      await context.sync();
    });
    expect(sim.workbook.values("Sheet1", "A1:B1")).toEqual([["0012", "=A1"]]);
    expect(sim.workbook.cell("Sheet1", "B1")?.formula).toBeNull();
  });

  it("reads formulas, number formats and display text", async () => {
    const sim = createSimulator();
    const read = await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
      range.values = [[1234.5, "=A1", 0.125]];
      range.numberFormat = [["#,##0.00", "General", "0.0%"]];
      range.load("formulas, numberFormat, text");
      await context.sync();
      return { formulas: range.formulas, numberFormat: range.numberFormat, text: range.text };
    });
    expect(read).toEqual({
      formulas: [[1234.5, "=A1", 0.125]],
      numberFormat: [["#,##0.00", "General", "0.0%"]],
      text: [["1,234.50", "0", "12.5%"]],
    });
  });

  it("refuses a number format that is not a string", async () => {
    const sim = createSimulator();
    const outcome = sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").numberFormat = [[12]] as unknown as string[][];
      await context.sync();
    });
    await expect(outcome).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("formats", () => {
  it("sets and reads fill, font, wrap; mixed values read as null", async () => {
    const sim = createSimulator();
    const read = await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const a1 = sheet.getRange("A1");
      a1.format.fill.color = "yellow";
      a1.format.font.bold = true;
      a1.format.font.italic = true;
      a1.format.font.color = "#9c0006";
      a1.format.wrapText = true;
      const both = sheet.getRange("A1:B1");
      both.load("format/fill/color, format/font/bold, format/wrapText");
      a1.load("format/fill/color, format/font/color, format/font/italic");
      await context.sync();
      return [
        both.format.fill.color,
        both.format.font.bold,
        both.format.wrapText,
        a1.format.fill.color,
        a1.format.font.color,
      ];
    });
    expect(read).toEqual([null, null, null, "#FFFF00", "#9C0006"]);
    expect(sim.workbook.cell("Sheet1", "A1")).toMatchObject({
      fill: "#FFFF00",
      bold: true,
      italic: true,
      wrapText: true,
    });
    expect(sim.workbook.cell("Sheet1", "B1")).toMatchObject({ fill: null, bold: false });
  });

  it("refuses a colour Excel does not know", async () => {
    const sim = createSimulator();
    const outcome = sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").format.fill.color = "#12";
      await context.sync();
    });
    await expect(outcome).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("clears a fill, which then reads as white", async () => {
    const sim = createSimulator();
    const color = await sim.run(async (context) => {
      const fill = context.workbook.worksheets.getItem("Sheet1").getRange("A1").format.fill;
      fill.color = "#FFC7CE";
      fill.clear();
      fill.load("color");
      await context.sync();
      return fill.color;
    });
    expect(color).toBe("#FFFFFF");
    expect(sim.workbook.cell("Sheet1", "A1")?.fill).toBeNull();
  });

  it("sets column widths and row heights; autofit widens a column to its longest text", async () => {
    const sim = createSimulator();
    const read = await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B:C").format.columnWidth = 120;
      sheet.getRange("2:2").format.rowHeight = 30;
      sheet.getRange("A1:A2").values = [["规划指标监测（十四五）全社会研发经费投入"], ["x"]];
      sheet.getRange("A:A").format.autofitColumns();
      const b = sheet.getRange("B1:C1").load("format/columnWidth");
      const mixed = sheet.getRange("A1:B1").load("format/columnWidth");
      await context.sync();
      return [b.format.columnWidth, mixed.format.columnWidth];
    });
    expect(read).toEqual([120, null]);
    expect(sim.workbook.rowHeight("Sheet1", 2)).toBe(30);
    expect(sim.workbook.columnWidth("Sheet1", "A")).toBeGreaterThan(200);
  });

  it("hides and shows columns and rows; a partly hidden range reads null", async () => {
    const sim = createSimulator();
    const read = await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B:C").columnHidden = true;
      sheet.getRange("4:4").rowHidden = true;
      const all = sheet.getRange("B1:C1").load("columnHidden");
      const part = sheet.getRange("A1:B1").load("columnHidden");
      const row = sheet.getRange("A4").load("rowHidden");
      await context.sync();
      return [all.columnHidden, part.columnHidden, row.rowHidden];
    });
    expect(read).toEqual([true, null, true]);
    expect(sim.workbook.sheet("Sheet1")).toMatchObject({ hiddenColumns: ["B", "C"], hiddenRows: [4] });
  });

  it("unlocks whole columns through the column layer", async () => {
    const sim = createSimulator();
    const locked = await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("D1").values = [["before"]];
      sheet.getRange("D:H").format.protection.locked = false;
      const column = sheet.getRange("D:D").load("format/protection/locked");
      await context.sync();
      return column.format.protection.locked;
    });
    expect(locked).toBe(false);
    expect(sim.workbook.cell("Sheet1", "H500000")?.locked).toBe(false);
    expect(sim.workbook.cell("Sheet1", "D1")?.locked).toBe(false);
    expect(sim.workbook.cell("Sheet1", "I1")?.locked).toBe(true);
  });
});

describe("clear, merge, used range, selection", () => {
  it.each([
    ["Contents", "", "#FFFF00"],
    ["Formats", "x", null],
    ["All", "", null],
    [undefined, "", null],
  ])("clear(%s) keeps what it should", async (applyTo, value, fill) => {
    const sim = createSimulator();
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [["x"]];
      range.format.fill.color = "yellow";
      range.clear(applyTo as Excel.ClearApplyTo | undefined);
      await context.sync();
    });
    expect(sim.workbook.cell("Sheet1", "A1")).toMatchObject({ value, fill });
  });

  it("refuses clear with an unknown applyTo", async () => {
    const sim = createSimulator();
    const outcome = sim.run(async (context) => {
      context.workbook.worksheets
        .getItem("Sheet1")
        .getRange("A1")
        .clear("Everything" as Excel.ClearApplyTo);
      await context.sync();
    });
    await expect(outcome).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("merges keeping the top-left value", async () => {
    const sim = createSimulator();
    await write(sim, "A1:B1", [["keep", "lost"]]);
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").merge();
      await context.sync();
    });
    expect(sim.workbook.values("Sheet1", "A1:B1")).toEqual([["keep", ""]]);
    expect(sim.workbook.sheet("Sheet1")?.merges).toEqual(["A1:B1"]);
  });

  it("finds the used range, with and without formats", async () => {
    const sim = createSimulator();
    const empty = await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const orNull = sheet.getUsedRangeOrNullObject();
      const plain = sheet.getUsedRange().load("address");
      await context.sync();
      return [orNull.isNullObject, plain.address];
    });
    expect(empty).toEqual([true, "Sheet1!A1"]);

    const used = await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2:C3").values = [
        [1, 2],
        [3, 4],
      ];
      sheet.getRange("E6").format.fill.color = "red";
      const all = sheet.getUsedRange().load("address");
      const valuesOnly = sheet.getUsedRange(true).load("address");
      await context.sync();
      return [all.address, valuesOnly.address];
    });
    expect(used).toEqual(["Sheet1!B2:E6", "Sheet1!B2:C3"]);
  });

  it("throws ItemNotFound for the used range of an empty range", async () => {
    await expect(addressOf(createSimulator(), (s) => s.getRange("A1:B2").getUsedRange())).rejects.toMatchObject({
      code: "ItemNotFound",
    });
  });

  it("selects a range and reads it back as the selected range", async () => {
    const sim = createSimulator();
    const selected = await sim.run(async (context) => {
      context.workbook.worksheets.add("Data");
      context.workbook.worksheets.getItem("Data").getRange("C3:D4").select();
      const range = context.workbook.getSelectedRange().load("address");
      await context.sync();
      return range.address;
    });
    expect(selected).toBe("Data!C3:D4");
    expect(sim.workbook.selection).toEqual({ sheet: "Data", address: "C3:D4" });
  });

  it("refuses to select on a hidden sheet", async () => {
    const sim = createSimulator();
    const outcome = sim.run(async (context) => {
      const data = context.workbook.worksheets.add("Data");
      data.visibility = "Hidden";
      data.getRange("A1").select();
      await context.sync();
    });
    await expect(outcome).rejects.toMatchObject({ code: "InvalidOperation" });
  });
});
