import type { Plan } from "../../src/core/model";
import { summarise, type Summary } from "../../src/core/summary";
import { csvField, defuseFormula, summaryCsv } from "../../src/core/summary-csv";
import { summaryCellText, summaryTable } from "../../src/core/summary-table";
import { CHENGDU_13, chengduIndicator } from "../fixtures/chengdu-13";
import { parseCsv } from "../support/parse-csv";

const contribution = chengduIndicator("科技进步贡献率");
const hiTechFirms = chengduIndicator("高新技术企业数");

const HOSTILE_NAMES = [
  '=HYPERLINK("http://example.com","点此")',
  "+1",
  "-减少",
  "@SUM(A1)",
  "\t=1+1",
  "\r=1+1",
  "规模,以上",
  'say "hi"',
  "第一行\n第二行",
  "成都市“十三五”科技创新，规划",
];

const hostilePlan: Plan = {
  ...CHENGDU_13,
  indicators: [
    ...HOSTILE_NAMES.map((name, i) => ({ ...contribution, id: `hostile:${i}`, name, unit: name })),
    // A growth rate that fell below zero in the base year: a negative figure is a figure.
    { ...contribution, id: "negative", name: "增速", unit: "%", baseline: { year: 2015, value: -3.5 } },
    hiTechFirms,
  ],
};

const summary: Summary = summarise(
  hostilePlan,
  [
    { indicatorId: hiTechFirms.id, year: 2016, input: 1700 },
    { indicatorId: "hostile:0", year: 2016, input: 64 },
  ],
  { reportingYear: 2016 },
);

describe("summaryCsv", () => {
  const csv = summaryCsv(summary, "zh-CN");
  const records = parseCsv(csv);

  it("writes the localized header and one record per indicator, each ending in CRLF", () => {
    expect(records).toHaveLength(summary.rows.length + 1);
    expect(records[0]?.slice(0, 8)).toEqual([
      "指标",
      "单位",
      "基期值",
      "目标值",
      "最新值",
      "完成进度",
      "序时进度",
      "评价",
    ]);
    expect(parseCsv(summaryCsv(summary, "en-US"))[0]?.[0]).toBe("Indicator");
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replaceAll("\r\n", "").includes("\r")).toBe(true); // the CR of "\r=1+1", inside its quotes
  });

  it("round-trips every cell: text as written (formula starts defused), figures and shares as the pane shows them", () => {
    const table = summaryTable(summary, "zh-CN");
    table.rows.forEach((row, r) => {
      table.columns.forEach((column, c) => {
        const value = row[c] ?? null;
        const read = records[r + 1]?.[c];
        if (typeof value === "string") {
          expect(read).toBe(/^[=+\-@\t\r]/u.test(value) ? `'${value}` : value);
        } else {
          expect(read).toBe(summaryCellText(value, column.kind));
        }
      });
    });
  });

  it.each(["=", "+", "-", "@", "\t", "\r"])("defuses text starting with %j by a leading quote", (start) => {
    expect(defuseFormula(`${start}1+1`)).toBe(`'${start}1+1`);
    const field = csvField(`${start}cmd`, "text");
    expect(field.replace(/^"/u, "").startsWith(`'${start}`)).toBe(true);
  });

  it("leaves text that starts otherwise alone, including a formula character later on", () => {
    expect(defuseFormula("成都=1")).toBe("成都=1");
    expect(defuseFormula(" =1")).toBe(" =1");
    expect(csvField("1-2", "text")).toBe("1-2");
  });

  it("writes negative figures and shares as numbers, not as defused text", () => {
    const table = summaryTable(summary, "zh-CN");
    const baseline = table.columns.findIndex((column) => column.key === "baseline");
    const completion = table.columns.findIndex((column) => column.key === "completion");
    const negative = records[summary.rows.findIndex((row) => row.indicatorId === "negative") + 1];
    expect(negative?.[baseline]).toBe("-3.5");
    const firms = summary.rows.findIndex((row) => row.indicatorId === hiTechFirms.id);
    expect(summary.rows[firms]?.completion).toBeLessThan(0);
    expect(records[firms + 1]?.[completion]).toMatch(/^-\d+\.\d%$/u);
    expect(csvField(-3.5, "number")).toBe("-3.5");
    expect(csvField(-0.125, "percent")).toBe("-12.5%");
  });

  it("quotes commas, quotes and line breaks, and only those", () => {
    expect(csvField("规模,以上", "text")).toBe('"规模,以上"');
    expect(csvField('say "hi"', "text")).toBe('"say ""hi"""');
    expect(csvField("第一行\n第二行", "text")).toBe('"第一行\n第二行"');
    expect(csvField("第一行\r\n第二行", "text")).toBe('"第一行\r\n第二行"');
    expect(csvField("成都市“十三五”，规划", "text")).toBe("成都市“十三五”，规划");
    expect(csvField(null, "number")).toBe("");
  });

  it("keeps Chinese text as it is: no escaping of characters outside ASCII", () => {
    expect(csv).toContain("成都市“十三五”科技创新，规划");
    expect(csv).toContain("高新技术企业数");
    expect(csv.startsWith("\uFEFF")).toBe(false);
  });
});
