/**
 * The hidden indicator-id column ties each row's figures to its indicator. A row that lost its id, or ids left
 * behind by a sort of the visible columns only, must not make figures vanish or move to another indicator quietly.
 */
import ExcelJS from "exceljs";
import { templateLayout } from "../../src/core/layout";
import { builtInPlan, DEFAULT_PLAN_ID } from "../../src/plans";
import { filledTemplate } from "../support/filled-template";
import { disk, runOn } from "./memory-io";

const found = builtInPlan(DEFAULT_PLAN_ID);
if (found === null) throw new Error("no default plan");
const plan = found;
const layout = templateLayout(plan, "zh-CN");
const columnOf = (key: string): number => layout.columns.findIndex((column) => column.key === key) + 1;
const rowOf = (index: number): number => layout.headerRow + 2 + index;
/** The first two indicators' baselines again in 2016: figures no check flags by themselves. */
const FIGURES = (index: number, year: number): string | number | null =>
  index < 2 && year === 2016 ? (plan.indicators[index]?.baseline?.value ?? null) : null;
const typed = (index: number): string => String(FIGURES(index, 2016));

async function edited(change: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await filledTemplate(plan, FIGURES)) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw new Error("no sheet");
  change(sheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function checked(bytes: Uint8Array, lang = "zh-CN") {
  const run = await runOn(disk({ "区.xlsx": bytes }), ["check", "区.xlsx", "--json", "--lang", lang]);
  return { code: run.code, file: JSON.parse(run.stdout).files[0] };
}

const figureCell = (index: number): string => {
  const column = layout.columns.findIndex((c) => c.year === 2016);
  return `指标监测!${String.fromCharCode(65 + column)}${rowOf(index)}`;
};

describe("rows and their hidden ids", () => {
  it("an untouched template has no row findings", async () => {
    const { code, file } = await checked(await edited(() => undefined));
    expect(code).toBe(0);
    expect(file.findings).toEqual([]);
  });

  it("reports a figure in a row without an id as an error at its cell, in both languages", async () => {
    const bytes = await edited((sheet) => {
      sheet.getCell(rowOf(1), columnOf("id")).value = null;
    });
    const zh = await checked(bytes);
    expect(zh.code).toBe(1);
    expect(zh.file.findings).toEqual([
      expect.objectContaining({
        address: figureCell(1),
        severity: "error",
        code: "row-without-id",
        year: 2016,
        message: expect.stringMatching(new RegExp(`没有隐藏的指标编号.*「${typed(1)}」.*重新生成监测表`, "u")),
      }),
    ]);
    const en = await checked(bytes, "en-US");
    expect(en.file.findings[0].message).toMatch(
      new RegExp(`no hidden indicator id.*"${typed(1)}".*create the sheet again`, "u"),
    );
  });

  it("warns where a sort of the visible columns left the ids behind", async () => {
    const bytes = await edited((sheet) => {
      const [first, second] = [sheet.getRow(rowOf(0)), sheet.getRow(rowOf(1))];
      for (const key of ["seq", "name", "unit"]) {
        const column = columnOf(key);
        const kept = first.getCell(column).value;
        first.getCell(column).value = second.getCell(column).value;
        second.getCell(column).value = kept;
      }
    });
    const { file } = await checked(bytes);
    const nameColumn = String.fromCharCode(64 + columnOf("name"));
    expect(file.findings).toEqual([
      expect.objectContaining({
        address: `指标监测!${nameColumn}${rowOf(0)}`,
        severity: "warning",
        code: "name-mismatch",
        indicatorId: plan.indicators[0]?.id,
        message: expect.stringContaining(`「${plan.indicators[1]?.name}」`),
      }),
      expect.objectContaining({ address: `指标监测!${nameColumn}${rowOf(1)}`, code: "name-mismatch" }),
    ]);
  });
});
