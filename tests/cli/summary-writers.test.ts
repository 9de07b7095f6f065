import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { consolidatedCsv } from "../../src/cli/consolidated-csv";
import { consolidatedHtml } from "../../src/cli/consolidated-html";
import { consolidatedXlsx } from "../../src/cli/consolidated-xlsx";
import { escapeHtml } from "../../src/cli/html-escape";
import { consolidate, type ConsolidatedSummary } from "../../src/core/consolidated";
import { STATUSES, type Observation, type Plan } from "../../src/core/model";
import { summarise } from "../../src/core/summary";
import { CHENGDU_13, chengduIndicator } from "../fixtures/chengdu-13";
import { parseCsv } from "../support/parse-csv";
import { descendants, parseXml } from "../support/xml";

const patents = chengduIndicator("有效发明专利总量");
const hiTechFirms = chengduIndicator("高新技术企业数");
const SCRIPT = `<script>alert("x")</script>`;

function figures(indicatorId: string, byYear: Record<number, string | number>): Observation[] {
  return Object.entries(byYear).map(([year, input]) => ({ indicatorId, year: Number(year), input }));
}

// Names from documents and explanations from people are untrusted: one of each kind of trouble.
const hostilePlan: Plan = {
  ...CHENGDU_13,
  indicators: CHENGDU_13.indicators.map((indicator, index) =>
    index === 0 ? { ...indicator, name: `=HYPERLINK("http://x","点")${SCRIPT}` } : indicator,
  ),
};
const jinjiang = summarise(
  hostilePlan,
  [
    ...figures(patents.id, { 2016: 22000, 2017: 26000, 2018: 30000 }),
    ...figures(hiTechFirms.id, { 2016: 1800, 2017: 1750, 2018: 1700 }),
  ],
  {
    reportingYear: 2018,
    explanations: [
      { indicatorId: hiTechFirms.id, year: 2018, text: `@SUM(A1) & 'quoted' ${SCRIPT}`, author: "张敏", at: "x" },
    ],
  },
);
const qingyang = summarise(CHENGDU_13, figures(patents.id, { 2016: 21000 }), { reportingYear: 2016 });

const consolidated: ConsolidatedSummary = consolidate(
  [
    { file: "回收/锦江区.xlsx", district: "锦江区", summary: jinjiang },
    { file: `-青羊区 "B".xlsx`, district: `-青羊区 "B"`, summary: qingyang },
  ],
  "zh-CN",
);
const columnOf = (key: string): number => consolidated.columns.findIndex((column) => column.key === key);

describe("escapeHtml", () => {
  it("turns markup, both quotes and ampersands into text", () => {
    expect(escapeHtml(`${SCRIPT} & 'a' "b"`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;a&#39; &quot;b&quot;",
    );
    expect(escapeHtml("&amp;")).toBe("&amp;amp;");
    expect(escapeHtml("指标 1,234")).toBe("指标 1,234");
  });
});

describe("consolidatedCsv", () => {
  const csv = consolidatedCsv(consolidated);
  const records = parseCsv(csv.slice(1));

  it("starts with a BOM, ends every record with CRLF, and has one record per file × indicator", () => {
    expect(csv.startsWith("\uFEFF地区,文件,指标,")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(records).toHaveLength(consolidated.rows.length + 1);
  });

  it("defuses every text that a spreadsheet would run, keeps figures as figures and shares as percentages", () => {
    const first = records[1] ?? [];
    expect(first[columnOf("name")]).toBe(`'=HYPERLINK("http://x","点")${SCRIPT}`);
    const firms = records.find((record) => record[columnOf("name")] === hiTechFirms.name);
    expect(firms?.[columnOf("explanation")]).toBe(`2018年：@SUM(A1) & 'quoted' ${SCRIPT}`);
    const qingyangRow = records.find((record) => record[columnOf("district")] === `'-青羊区 "B"`);
    expect(qingyangRow?.[columnOf("file")]).toBe(`'-青羊区 "B".xlsx`);
    const patentsRow = records.find(
      (record) => record[columnOf("district")] === "锦江区" && record[columnOf("name")] === patents.name,
    );
    expect(patentsRow?.[columnOf("latest")]).toBe("30000");
    expect(patentsRow?.[columnOf("completion")]).toMatch(/^\d+\.\d%$/u);
  });
});

describe("consolidatedHtml", () => {
  const html = consolidatedHtml(consolidated, { locale: "zh-CN", generated: "2024-05-01 10:30" });

  it("is a complete document in the reader's language that runs nothing and loads nothing", () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(html.trimEnd().endsWith("</html>")).toBe(true);
    expect(html).toContain(`<meta charset="utf-8">`);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).toMatch(/@media print \{[\s\S]*@page \{ size: A4 landscape/u);
    expect(html).toMatch(/thead \{ display: table-header-group; \}/u);
  });

  it("shows every text from data as text", () => {
    expect(html).not.toContain(SCRIPT);
    expect(html.match(/<script/giu)).toBeNull();
    expect(html).toContain("=HYPERLINK(&quot;http://x&quot;,&quot;点&quot;)&lt;script&gt;");
    expect(html).toContain("@SUM(A1) &amp; &#39;quoted&#39;");
    expect(html).toContain("<td>-青羊区 &quot;B&quot;.xlsx</td>");
  });

  it("states the counts overall and per file, and every row", () => {
    const noData = consolidated.overall["no-data"];
    expect(noData).toBeGreaterThan(0);
    expect(html).toContain(`<tr><td>无数据</td><td class="number">${noData}</td></tr>`);
    expect(html.match(/<tr>/gu)?.length).toBe(
      1 + (STATUSES.length + 1) + (1 + consolidated.perFile.length) + (1 + consolidated.rows.length),
    );
    expect(html).toContain("共 2 个文件 · 生成时间：2024-05-01 10:30");
    expect(html).toContain(`<td class="percent completion">`);
    expect(html).toContain(`<td class="district">锦江区</td>`);
  });
});

describe("consolidatedXlsx", () => {
  let bytes: Uint8Array;
  const workbook = new ExcelJS.Workbook();
  beforeAll(async () => {
    bytes = await consolidatedXlsx(consolidated, "zh-CN");
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  });

  it("holds the table with a bold frozen header, figures as numbers and shares as 0.0%", () => {
    const sheet = workbook.getWorksheet("汇总");
    expect(sheet?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const header = sheet?.getRow(1);
    expect(header?.getCell(1).value).toBe("地区");
    expect(header?.getCell(1).font?.bold).toBe(true);
    expect(sheet?.rowCount).toBe(consolidated.rows.length + 1);
    const patentsRow = consolidated.rows.findIndex(
      (row) => row[0] === "锦江区" && row[columnOf("name")] === patents.name,
    );
    const row = sheet?.getRow(patentsRow + 2);
    expect(row?.getCell(columnOf("latest") + 1).value).toBe(30000);
    const completion = row?.getCell(columnOf("completion") + 1);
    expect(typeof completion?.value).toBe("number");
    expect(completion?.value).toBe(consolidated.rows[patentsRow]?.[columnOf("completion")]);
    expect(completion?.numFmt).toBe("0.0%");
    // A string cell is never evaluated; formatted as text it stays text when someone edits it later.
    const hostile = sheet?.getRow(2).getCell(columnOf("name") + 1);
    expect(hostile?.value).toBe(`=HYPERLINK("http://x","点")${SCRIPT}`);
    expect(hostile?.type).toBe(ExcelJS.ValueType.String);
    expect(hostile?.numFmt).toBe("@");
  });

  it("counts statuses overall and per file on the counts sheet", () => {
    const sheet = workbook.getWorksheet("评价统计");
    STATUSES.forEach((status, index) => {
      expect(sheet?.getRow(index + 2).getCell(2).value).toBe(consolidated.overall[status]);
    });
    let title = 0;
    sheet?.eachRow((row, number) => {
      if (row.getCell(1).value === "各文件评价分布") title = number;
    });
    // Below the chart, which spans rows 1-19.
    expect(title).toBeGreaterThan(19);
    const labels = sheet?.getRow(title + 1).values as unknown[];
    expect(labels.slice(1)).toEqual([
      "地区",
      "文件",
      "报告年份",
      "指标数",
      ...consolidated.statuses.map((s) => s.label),
    ]);
    const qingyangCounts = sheet?.getRow(title + 3).values as unknown[];
    expect(qingyangCounts.slice(1)).toEqual([
      `-青羊区 "B"`,
      `-青羊区 "B".xlsx`,
      2016,
      CHENGDU_13.indicators.length,
      ...STATUSES.map((status) => qingyang.counts.byStatus[status]),
    ]);
  });

  it("is a package whose every XML part parses, with a column chart of the counts on the counts sheet", () => {
    const files = unzipSync(bytes);
    for (const [path, content] of Object.entries(files)) {
      if (/\.(xml|rels)$/u.test(path)) expect(() => parseXml(strFromU8(content))).not.toThrow();
    }
    const part = (path: string) => {
      const content = files[path];
      if (content === undefined) throw new Error(`missing ${path}`);
      return parseXml(strFromU8(content));
    };

    const chart = part("xl/charts/chart1.xml");
    expect(chart.local).toBe("chartSpace");
    const bar = descendants(chart, "barChart")[0];
    expect(descendants(bar ?? chart, "barDir")[0]?.attributes.val).toBe("col");
    const series = descendants(chart, "ser");
    expect(series).toHaveLength(1);
    const cat = descendants(series[0] ?? chart, "cat")[0] ?? chart;
    const val = descendants(series[0] ?? chart, "val")[0] ?? chart;
    expect(descendants(cat, "f")[0]?.text).toBe("'评价统计'!$A$2:$A$8");
    expect(descendants(val, "f")[0]?.text).toBe("'评价统计'!$B$2:$B$8");
    expect(descendants(cat, "v").map((v) => v.text)).toEqual(consolidated.statuses.map((s) => s.label));
    expect(descendants(val, "v").map((v) => Number(v.text))).toEqual(STATUSES.map((s) => consolidated.overall[s]));

    // The workbook → the counts sheet → its drawing → the chart, each by relationship.
    const sheets = descendants(part("xl/workbook.xml"), "sheet");
    const countsRelId = sheets.find((sheet) => sheet.attributes.name === "评价统计")?.attributes["r:id"];
    const target = descendants(part("xl/_rels/workbook.xml.rels"), "Relationship").find(
      (rel) => rel.attributes.Id === countsRelId,
    )?.attributes.Target;
    const sheetPath = `xl/${target ?? ""}`;
    const sheetXml = part(sheetPath);
    const drawing = sheetXml.children.find((child) => child.local === "drawing");
    const order = sheetXml.children.map((child) => child.local);
    expect(order.indexOf("drawing")).toBeGreaterThan(order.indexOf("pageSetup"));
    expect(order.indexOf("drawing")).toBeGreaterThan(order.indexOf("pageMargins"));
    const sheetRels = descendants(part(sheetPath.replace(/([^/]+)$/u, "_rels/$1.rels")), "Relationship");
    const drawingRel = sheetRels.find((rel) => rel.attributes.Id === drawing?.attributes["r:id"]);
    expect(drawingRel?.attributes.Target).toBe("../drawings/drawing1.xml");
    const frame = descendants(part("xl/drawings/drawing1.xml"), "chart")[0];
    const chartRel = descendants(part("xl/drawings/_rels/drawing1.xml.rels"), "Relationship").find(
      (rel) => rel.attributes.Id === frame?.attributes["r:id"],
    );
    expect(chartRel?.attributes.Target).toBe("../charts/chart1.xml");
    expect(descendants(part("xl/drawings/drawing1.xml"), "cNvPr")[0]?.attributes.descr).toMatch(/^指标评价分布: /u);

    const overrides = descendants(part("[Content_Types].xml"), "Override").map((o) => o.attributes.PartName);
    expect(overrides).toEqual(expect.arrayContaining(["/xl/charts/chart1.xml", "/xl/drawings/drawing1.xml"]));
    // The table sheet keeps no drawing.
    const tablePath = sheetPath.endsWith("sheet2.xml") ? "xl/worksheets/sheet1.xml" : "xl/worksheets/sheet2.xml";
    expect(part(tablePath).children.some((child) => child.local === "drawing")).toBe(false);
  });
});
