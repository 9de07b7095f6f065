/**
 * Districts without the add-in fill the template in any spreadsheet program and type their explanations (and a
 * reviewer's decisions) into the 审核说明 / 审核意见 cells as `2017年：…` lines; the bureau's `check` and `summary`
 * read them as the add-in's own.
 */
import ExcelJS from "exceljs";
import { templateLayout } from "../../src/core/layout";
import { builtInPlan, DEFAULT_PLAN_ID } from "../../src/plans";
import { filledTemplate } from "../support/filled-template";
import { parseCsv } from "../support/parse-csv";
import { disk, runOn, written } from "./memory-io";

const found = builtInPlan(DEFAULT_PLAN_ID);
if (found === null) throw new Error("no default plan");
const plan = found;
const layout = templateLayout(plan, "zh-CN");
/** A count whose 2017 figure is approximate (`约…`): a warning that asks for an explanation. */
const COUNTED = plan.indicators.findIndex((indicator) => indicator.measure === "count");
const counted = plan.indicators[COUNTED];
if (counted === undefined) throw new Error("no counted indicator");
const indicator = counted;
const FIGURES = (index: number, year: number): string | number | null =>
  index !== COUNTED ? null : year === 2016 ? 22000 : year === 2017 ? "约25000" : null;

/** The filled template with `cells` typed into the indicator's row, by column key. */
async function typedInto(cells: Partial<Record<"explanation" | "review", string>>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await filledTemplate(plan, FIGURES)) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw new Error("no sheet");
  for (const [key, text] of Object.entries(cells)) {
    const column = layout.columns.findIndex((c) => c.key === key);
    sheet.getCell(layout.headerRow + 2 + COUNTED, column + 1).value = text;
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function summaryRow(bytes: Uint8Array): Promise<Record<string, string>> {
  const on = disk({ "区.xlsx": bytes });
  expect((await runOn(on, ["summary", "区.xlsx", "-o", "汇总.csv", "--quiet"])).code).toBe(0);
  const [header = [], ...rows] = parseCsv(new TextDecoder().decode(written(on, "汇总.csv")).replace(/^\uFEFF/u, ""));
  const row = rows.find((cells) => cells.includes(indicator.name)) ?? [];
  return Object.fromEntries(header.map((name, i) => [name, row[i] ?? ""]));
}

describe("explanations typed into the sheet", () => {
  it("count as explanations in the summary: awaiting review instead of awaiting an explanation", async () => {
    const untyped = await summaryRow(await typedInto({}));
    expect(untyped["审核意见"]).toMatch(/^待填写说明/u);

    const typed = await summaryRow(await typedInto({ explanation: "口径见附件\n2017: 快报数，年报未出" }));
    expect(typed["审核说明"]).toContain("快报数，年报未出");
    expect(typed["审核意见"]).toMatch(/^待审核/u);
  });

  it("with a decision typed as the add-in writes it, close the warning in check", async () => {
    const explained = await runOn(disk({ "区.xlsx": await typedInto({ explanation: "2017年：快报数" }) }), [
      "check",
      "区.xlsx",
      "--json",
    ]);
    const open = JSON.parse(explained.stdout).files[0].findings;
    expect(open).toContainEqual(expect.objectContaining({ indicatorId: indicator.id, year: 2017 }));

    const bytes = await typedInto({ explanation: "2017年：快报数", review: "2017年：已通过" });
    const accepted = await runOn(disk({ "区.xlsx": bytes }), ["check", "区.xlsx", "--json"]);
    const left = JSON.parse(accepted.stdout).files[0].findings;
    expect(left).not.toContainEqual(expect.objectContaining({ indicatorId: indicator.id, year: 2017 }));
    expect((await summaryRow(bytes))["审核意见"]).toMatch(/^已通过/u);
  });

  it("leave free text in the 审核意见 cell alone: only the add-in's own words are a decision", async () => {
    const bytes = await typedInto({ explanation: "2017年：快报数", review: "2017年：可以" });
    expect((await summaryRow(bytes))["审核意见"]).toMatch(/^待审核/u);
  });
});
