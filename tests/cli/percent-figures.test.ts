/**
 * A year cell saved by Excel, WPS or LibreOffice after a person typed `63%`: the number 0.63 under a percent
 * format. The command line reads it as the cell shows it, so the check is the one of the text `63%`.
 */
import type ExcelJS from "exceljs";
import { populate } from "../../src/excel";
import { checkMonitorWorkbook, readMonitorWorkbook } from "../../src/cli/xlsx/read-workbook";
import { CHENGDU_13 } from "../fixtures/chengdu-13";
import { setup } from "../excel/sim";
import { simToWorkbook } from "./sim-to-xlsx";
import { contribution, simCell } from "./xlsx-helpers";

/** The add-in's template saved as a file, with the contribution row's 2016 and 2017 cells set by `fill`. */
async function savedCheck(fill: (cell: ExcelJS.Cell, value: number) => void) {
  const { sim, host } = setup();
  await populate(host, CHENGDU_13, "zh-CN");
  const workbook = await simToWorkbook(sim);
  const sheet = workbook.getWorksheet("指标监测");
  if (sheet === undefined) throw new Error("no monitoring sheet");
  fill(sheet.getCell(simCell(sim, contribution, 2016)), 63);
  fill(sheet.getCell(simCell(sim, contribution, 2017)), 64.5);
  const read = await readMonitorWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()));
  return checkMonitorWorkbook(read, { locale: "zh-CN" });
}

const ofContribution = (result: Awaited<ReturnType<typeof savedCheck>>) => ({
  findings: result.findings.filter(({ finding }) => finding.indicatorId === contribution.id),
  row: result.summary.rows.find((row) => row.indicatorId === contribution.id),
});

describe("a percent typed in a spreadsheet program", () => {
  it("reads 0.63 under a percent format as 63%, as the text 63% reads", async () => {
    const stored = ofContribution(
      await savedCheck((cell, value) => {
        cell.value = value / 100;
        cell.numFmt = Number.isInteger(value) ? "0%" : "0.0%";
      }),
    );
    const asText = ofContribution(
      await savedCheck((cell, value) => {
        cell.value = `${value}%`;
      }),
    );
    expect(stored).toEqual(asText);
    expect(stored.findings).toEqual([]);
    expect(stored.row?.latest).toEqual({ year: 2017, value: 64.5 });
  });

  it("reads a % that the format quotes as literal text as the number stored", async () => {
    const { findings, row } = ofContribution(
      await savedCheck((cell, value) => {
        cell.value = value;
        cell.numFmt = '0"%"';
      }),
    );
    expect(findings).toEqual([]);
    expect(row?.latest).toEqual({ year: 2017, value: 64.5 });
  });
});
