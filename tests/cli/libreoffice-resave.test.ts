/**
 * A district fills the template in LibreOffice and saves it: LibreOffice writes its own .xlsx (its shared strings,
 * styles and sheet XML), and the command line and the add-in must still read it as before. Figures are typed with
 * exceljs, then the file goes through LibreOffice's own reading and writing. Skipped, saying so in the test's name,
 * where LibreOffice is not installed (`.ci/run` installs it).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import { check, simulatorHost } from "../../src/excel";
import { checkMonitorWorkbook, readMonitorWorkbook } from "../../src/cli/xlsx/read-workbook";
import { templateWorkbook } from "../../src/cli/xlsx/write-template";
import { STATE_SHEET } from "../../src/core/workbook/state";
import { builtInPlan } from "../../src/plans";
import { CHENGDU_13 } from "../fixtures/chengdu-13";
import { xlsxToSim } from "./xlsx-to-sim";
import { TYPED } from "./xlsx-helpers";

const LIBREOFFICE = spawnSync("sh", ["-c", "command -v libreoffice"]).status === 0;
/** Its first start builds a profile and takes a while on a busy machine. */
const CONVERSION_MS = 180_000;

async function filled(): Promise<Uint8Array> {
  const plan = builtInPlan(CHENGDU_13.id);
  if (plan === null) throw new Error("no built-in Chengdu plan");
  const template = await templateWorkbook(plan, "zh-CN");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(template.bytes) as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(template.sheetName);
  if (sheet === undefined) throw new Error("no monitoring sheet");
  const header = sheet.getRow(4).values as unknown[];
  const rowOf = new Map<string, number>();
  sheet.eachRow((row, number) => {
    const id = row.getCell(header.indexOf("指标编号")).value;
    if (typeof id === "string") rowOf.set(id, number);
  });
  for (const [indicator, year, value] of TYPED) {
    sheet.getCell(rowOf.get(indicator.id) ?? 0, header.indexOf(`${year}年`)).value = value;
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

if (!LIBREOFFICE) {
  test.skip("LibreOffice is not installed (apt-get install libreoffice-calc): no template saved by it", () => {
    // Nothing to run without LibreOffice.
  });
} else {
  describe("a template filled and saved in LibreOffice", () => {
    let dir = "";
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), "plan-monitor-lo-resave-"));
    });
    afterAll(() => {
      rmSync(dir, { recursive: true, force: true });
    });

    it(
      "is read and checked as before by the command line and by the add-in",
      async () => {
        const before = await filled();
        writeFileSync(join(dir, "成华区.xlsx"), before);
        execFileSync(
          "libreoffice",
          [
            `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
            "--headless",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            join(dir, "saved"),
            join(dir, "成华区.xlsx"),
          ],
          { timeout: CONVERSION_MS, stdio: "ignore" },
        );
        const after = new Uint8Array(readFileSync(join(dir, "saved", "成华区.xlsx")));
        expect(Buffer.from(after).equals(Buffer.from(before))).toBe(false);

        const expected = await readMonitorWorkbook(before, { file: "成华区.xlsx" });
        const resaved = await readMonitorWorkbook(after, { file: "成华区.xlsx" });
        expect(resaved.state).toEqual(expected.state);
        expect(resaved.sheetName).toBe(expected.sheetName);
        const result = checkMonitorWorkbook(resaved, { locale: "zh-CN" });
        expect(result).toEqual(checkMonitorWorkbook(expected, { locale: "zh-CN" }));
        expect(result.findings.length).toBeGreaterThan(0);

        // LibreOffice has no "very hidden"; the state sheet must at least stay out of sight.
        const opened = await xlsxToSim(after);
        expect(opened.workbook.sheet(STATE_SHEET)?.visibility).not.toBe("Visible");
        expect(await check(simulatorHost(opened), "zh-CN")).toEqual(result);
      },
      CONVERSION_MS + 30_000,
    );
  });
}
