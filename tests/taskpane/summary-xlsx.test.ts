/**
 * @jest-environment jsdom
 */
import { strFromU8, unzipSync } from "fflate";
import type { Plan } from "../../src/core/model";
import { summarise } from "../../src/core/summary";
import { summaryTable } from "../../src/core/summary-table";
import { columnName, summaryXlsx, xmlText } from "../../src/taskpane/summary/xlsx";
import { CHENGDU_13, chengduIndicator } from "../fixtures/chengdu-13";

const PARTS = [
  "[Content_Types].xml",
  "_rels/.rels",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/worksheets/sheet1.xml",
  "xl/styles.xml",
];

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

const contribution = chengduIndicator("科技进步贡献率");
const patents = chengduIndicator("有效发明专利总量");
const plan: Plan = {
  ...CHENGDU_13,
  indicators: [
    ...CHENGDU_13.indicators,
    { ...contribution, id: "formula", name: '=HYPERLINK("http://example.com","点此")', unit: "-1" },
    { ...contribution, id: "markup", name: "<b>R&D</b> 投入 \u0001_x0041_", unit: "\r=1+1" },
    { ...contribution, id: "negative", name: "增速", baseline: { year: 2015, value: -3.5 } },
  ],
};
const summary = summarise(
  plan,
  [
    { indicatorId: patents.id, year: 2016, input: "2.2万" },
    { indicatorId: patents.id, year: 2018, input: 30000 },
  ],
  { reportingYear: 2018 },
);

function unzip(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

function parse(xml: string, part: string): Document {
  const document = new DOMParser().parseFromString(xml, "application/xml");
  const error = document.getElementsByTagName("parsererror")[0];
  if (error !== undefined) throw new Error(`${part} is not well-formed XML: ${error.textContent ?? ""}`);
  return document;
}

interface ReadCell {
  readonly type: string | null;
  readonly style: string | null;
  readonly text: string | null;
  readonly number: number | null;
}

/** Cells of the sheet by reference, read the way a spreadsheet reads them. */
function readCells(sheet: Document): Map<string, ReadCell> {
  const cells = new Map<string, ReadCell>();
  for (const cell of Array.from(sheet.getElementsByTagNameNS(MAIN_NS, "c"))) {
    const inline = cell.getElementsByTagNameNS(MAIN_NS, "t")[0];
    const value = cell.getElementsByTagNameNS(MAIN_NS, "v")[0];
    cells.set(cell.getAttribute("r") ?? "", {
      type: cell.getAttribute("t"),
      style: cell.getAttribute("s"),
      text: inline?.textContent ?? null,
      number: value?.textContent === undefined || value.textContent === null ? null : Number(value.textContent),
    });
  }
  return cells;
}

/** OOXML's `_xHHHH_` escapes, decoded as Excel does. */
const decodeXstring = (text: string): string =>
  text.replace(/_x([0-9A-F]{4})_/gu, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));

describe("the summary as .xlsx", () => {
  const files = unzip(summaryXlsx(summary, "zh-CN", "汇总"));
  const documents = Object.fromEntries(PARTS.map((part) => [part, parse(files[part] ?? "", part)]));
  const sheet = documents["xl/worksheets/sheet1.xml"] as Document;
  const cells = readCells(sheet);
  const table = summaryTable(summary, "zh-CN");
  const columnOf = (key: string): string => columnName(table.columns.findIndex((column) => column.key === key));
  const rowOf = (id: string): number => summary.rows.findIndex((row) => row.indicatorId === id) + 2;

  it("holds the parts of a minimal workbook, each well-formed XML", () => {
    expect(Object.keys(files).sort()).toEqual([...PARTS].sort());
    const types = documents["[Content_Types].xml"]?.documentElement;
    const overrides = Array.from(types?.getElementsByTagName("Override") ?? []).map((o) => o.getAttribute("PartName"));
    expect(overrides).toEqual(["/xl/workbook.xml", "/xl/worksheets/sheet1.xml", "/xl/styles.xml"]);
    const sheetEntry = documents["xl/workbook.xml"]?.getElementsByTagNameNS(MAIN_NS, "sheet")[0];
    expect(sheetEntry?.getAttribute("name")).toBe("汇总");
  });

  it("has a bold header of the localized labels and one row per indicator", () => {
    const header = table.columns.map((_column, c) => cells.get(`${columnName(c)}1`));
    expect(header.map((cell) => cell?.text)).toEqual(table.columns.map((column) => column.label));
    expect(header.slice(0, 3).map((cell) => cell?.text)).toEqual(["指标", "单位", "基期值"]);
    const styles = documents["xl/styles.xml"] as Document;
    const headerXf = styles.getElementsByTagNameNS(MAIN_NS, "cellXfs")[0]?.children[Number(header[0]?.style)];
    const headerFont = styles.getElementsByTagNameNS(MAIN_NS, "font")[Number(headerXf?.getAttribute("fontId"))];
    expect(headerFont?.getElementsByTagNameNS(MAIN_NS, "b")).toHaveLength(1);
    expect(sheet.getElementsByTagNameNS(MAIN_NS, "row")).toHaveLength(summary.rows.length + 1);
    expect(cells.get(`A${rowOf(patents.id)}`)).toMatchObject({ type: "inlineStr", text: "有效发明专利总量" });
  });

  it("writes figures as numbers and shares as numbers formatted 0.0%", () => {
    const patentsRow = rowOf(patents.id);
    expect(cells.get(`${columnOf("latest")}${patentsRow}`)).toMatchObject({ type: null, number: 30000 });
    expect(cells.get(`${columnOf("baseline")}${rowOf("negative")}`)).toMatchObject({ type: null, number: -3.5 });
    const completion = cells.get(`${columnOf("completion")}${patentsRow}`);
    expect(completion?.type).toBeNull();
    expect(completion?.number).toBeCloseTo((30000 - 19758) / (40000 - 19758), 10);
    const styles = documents["xl/styles.xml"] as Document;
    const xf = styles.getElementsByTagNameNS(MAIN_NS, "cellXfs")[0]?.children[Number(completion?.style)];
    const format = Array.from(styles.getElementsByTagNameNS(MAIN_NS, "numFmt")).find(
      (numFmt) => numFmt.getAttribute("numFmtId") === xf?.getAttribute("numFmtId"),
    );
    expect(format?.getAttribute("formatCode")).toBe("0.0%");
    // A row without figures has no latest-figure cell at all, rather than a zero.
    expect(cells.has(`${columnOf("latest")}${rowOf(contribution.id)}`)).toBe(false);
  });

  it("keeps text that looks like a formula or markup as text, and writes no formulas at all", () => {
    expect(sheet.getElementsByTagNameNS(MAIN_NS, "f")).toHaveLength(0);
    expect(cells.get(`A${rowOf("formula")}`)).toMatchObject({
      type: "inlineStr",
      text: '=HYPERLINK("http://example.com","点此")',
    });
    expect(cells.get(`B${rowOf("formula")}`)).toMatchObject({ type: "inlineStr", text: "-1" });
    const markup = cells.get(`A${rowOf("markup")}`);
    expect(decodeXstring(markup?.text ?? "")).toBe("<b>R&D</b> 投入 \u0001_x0041_");
    expect(cells.get(`B${rowOf("markup")}`)?.text).toBe("\r=1+1");
  });

  it("freezes the header row", () => {
    const pane = sheet.getElementsByTagNameNS(MAIN_NS, "pane")[0];
    expect(pane?.getAttribute("state")).toBe("frozen");
    expect(pane?.getAttribute("ySplit")).toBe("1");
    expect(pane?.getAttribute("topLeftCell")).toBe("A2");
  });

  it("speaks English in an English pane", () => {
    const english = readCells(
      parse(unzip(summaryXlsx(summary, "en-US", "Summary"))["xl/worksheets/sheet1.xml"] ?? "", "sheet"),
    );
    expect(english.get("A1")?.text).toBe("Indicator");
  });
});

describe("xmlText", () => {
  it.each([
    ['a<b & "c">', "a&lt;b &amp; &quot;c&quot;&gt;"],
    ["\u0001\u001F", "_x0001__x001F_"],
    ["_x0041_", "_x005F_x0041_"],
    ["第一行\n\t第二行", "第一行\n\t第二行"],
    ["\r", "&#13;"],
    ["\uD800", "\uFFFD"],
    ["𠀀", "𠀀"],
  ])("escapes %j as %j", (text, xml) => {
    expect(xmlText(text)).toBe(xml);
  });
});
