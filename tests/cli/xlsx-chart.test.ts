import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { escapeXml, sheetRef, withColumnChart, type ColumnChart } from "../../src/cli/xlsx-chart";
import { descendants, parseXml } from "../support/xml";

const SHEET = "District's counts";

function chartOn(sheet: string): ColumnChart {
  return {
    sheet,
    title: "Indicators & <status>",
    description: 'A "chart"',
    seriesName: { ref: "$B$1", text: "Indicators" },
    categories: { ref: "$A$2:$A$3", labels: ["On track", "Off track"] },
    values: { ref: "$B$2:$B$3", numbers: [3, 1] },
    from: { column: 3, row: 0 },
    to: { column: 9, row: 15 },
  };
}

/**
 * A sheet with what exceljs writes after the drawing's place, a table (tableParts) and a data bar (extLst), whose
 * rule also holds an extLst of its own before pageMargins: the drawing must not land inside that rule.
 */
async function busyWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Other").getCell("A1").value = "x";
  const sheet = workbook.addWorksheet(SHEET);
  sheet.addTable({
    name: "Counts",
    ref: "A1",
    headerRow: true,
    columns: [{ name: "Status" }, { name: "Indicators" }],
    rows: [
      ["On track", 3],
      ["Off track", 1],
    ],
  });
  sheet.addConditionalFormatting({
    ref: "B2:B3",
    rules: [
      { type: "dataBar", priority: 1, cfvo: [{ type: "min" }, { type: "max" }] } as ExcelJS.ConditionalFormattingRule,
    ],
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("withColumnChart", () => {
  it("puts <drawing> where the worksheet schema wants it: after pageSetup, before tableParts and extLst", async () => {
    const files = unzipSync(withColumnChart(await busyWorkbook(), chartOn(SHEET)));
    const sheet = parseXml(strFromU8(files["xl/worksheets/sheet2.xml"] ?? new Uint8Array()));
    const order = sheet.children.map((child) => child.local);
    expect(order).toEqual(expect.arrayContaining(["pageMargins", "drawing", "tableParts", "extLst"]));
    expect(order.indexOf("drawing")).toBeGreaterThan(order.indexOf("pageMargins"));
    expect(order.indexOf("drawing")).toBeLessThan(order.indexOf("tableParts"));
    expect(order.indexOf("drawing")).toBeLessThan(order.indexOf("extLst"));
    expect(order.filter((name) => name === "drawing")).toHaveLength(1);

    // The table's relationship stays, and the drawing's id is a new one beside it.
    const rels = descendants(
      parseXml(strFromU8(files["xl/worksheets/_rels/sheet2.xml.rels"] ?? new Uint8Array())),
      "Relationship",
    );
    const ids = rels.map((rel) => rel.attributes.Id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(rels.map((rel) => rel.attributes.Type?.split("/").pop()).sort()).toEqual(["drawing", "table"]);
    const drawingId = sheet.children.find((child) => child.local === "drawing")?.attributes["r:id"];
    expect(rels.find((rel) => rel.attributes.Id === drawingId)?.attributes.Target).toBe("../drawings/drawing1.xml");
    expect(files["xl/worksheets/sheet1.xml"] && strFromU8(files["xl/worksheets/sheet1.xml"])).not.toContain("<drawing");
  });

  it("quotes the sheet name in references and escapes every text", async () => {
    const files = unzipSync(withColumnChart(await busyWorkbook(), chartOn(SHEET)));
    const chart = parseXml(strFromU8(files["xl/charts/chart1.xml"] ?? new Uint8Array()));
    expect(descendants(chart, "f").map((f) => f.text)).toEqual([
      "'District''s counts'!$B$1",
      "'District''s counts'!$A$2:$A$3",
      "'District''s counts'!$B$2:$B$3",
    ]);
    expect(descendants(descendants(chart, "title")[0] ?? chart, "t")[0]?.text).toBe("Indicators & <status>");
    const drawing = parseXml(strFromU8(files["xl/drawings/drawing1.xml"] ?? new Uint8Array()));
    expect(descendants(drawing, "cNvPr")[0]?.attributes.descr).toBe('A "chart"');
  });

  it("refuses a sheet the workbook lacks rather than write a chart nobody sees", async () => {
    expect(() => withColumnChart(new Uint8Array(0), chartOn("x"))).toThrow();
    await expect(busyWorkbook().then((bytes) => withColumnChart(bytes, chartOn("Missing")))).rejects.toThrow(
      "The workbook has no sheet named Missing.",
    );
  });

  it("writes references and XML text safely", () => {
    expect(sheetRef("评价统计", "$A$2:$A$8")).toBe("'评价统计'!$A$2:$A$8");
    expect(escapeXml(`a<b>&"c"'d'\u0001\u001f`)).toBe("a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;");
  });
});
