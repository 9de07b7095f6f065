/**
 * A real spreadsheet program opens what the command line writes: LibreOffice converts the .xlsx files to PDF.
 * Skipped, saying so in the test's name, where LibreOffice is not installed (`.ci/run` installs it).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { consolidatedXlsx } from "../../src/cli/consolidated-xlsx";
import { templateWorkbook } from "../../src/cli/xlsx/write-template";
import { consolidate } from "../../src/core/consolidated";
import type { Observation } from "../../src/core/model";
import { summarise } from "../../src/core/summary";
import { builtInPlan, DEFAULT_PLAN_ID } from "../../src/plans";
import { CHENGDU_13 } from "../fixtures/chengdu-13";

const has = (command: string): boolean => spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;
const LIBREOFFICE = has("libreoffice");

/** Its first start builds a profile and takes a while on a busy machine. */
const CONVERSION_MS = 180_000;

function pageCount(pdf: string): number {
  if (has("pdfinfo")) {
    const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
    return Number(/^Pages:\s+(\d+)/mu.exec(info)?.[1] ?? 0);
  }
  return (readFileSync(pdf, "latin1").match(/\/Type\s*\/Page(?!s)/gu) ?? []).length;
}

function pdfText(pdf: string): string | null {
  return has("pdftotext") ? execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }) : null;
}

async function summaryWorkbook(): Promise<Uint8Array> {
  const observations: Observation[] = CHENGDU_13.indicators.flatMap((indicator, i) =>
    [2016, 2017, 2018].map((year) => ({
      indicatorId: indicator.id,
      year,
      input: i % 4 === 0 ? null : (indicator.baseline?.value ?? 1) * (1 + 0.04 * (year - 2015) * ((i % 3) - 0.5)),
    })),
  );
  const summary = summarise(CHENGDU_13, observations, { reportingYear: 2018 });
  const consolidated = consolidate(
    [
      { file: "锦江区.xlsx", district: "锦江区", summary },
      { file: "青羊区.xlsx", district: "青羊区", summary },
    ],
    "en-US",
  );
  return consolidatedXlsx(consolidated, "en-US");
}

if (!LIBREOFFICE) {
  test.skip("LibreOffice is not installed (apt-get install libreoffice-calc): .xlsx files not opened in it", () => {
    // Nothing to run without LibreOffice.
  });
} else {
  describe("LibreOffice opens the command line's workbooks", () => {
    let dir = "";
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), "plan-monitor-lo-"));
    });
    afterAll(() => {
      rmSync(dir, { recursive: true, force: true });
    });

    it(
      "converts a template and a consolidated summary to PDFs with pages, the summary's status chart among them",
      async () => {
        const plan = builtInPlan(DEFAULT_PLAN_ID);
        if (plan === null) throw new Error("no default plan");
        const template = join(dir, "template.xlsx");
        writeFileSync(template, (await templateWorkbook(plan, "en-US")).bytes);
        const summary = join(dir, "summary.xlsx");
        writeFileSync(summary, await summaryWorkbook());
        // Both in one start of LibreOffice, the slow part.
        execFileSync(
          "libreoffice",
          [
            // A private profile: a person's running LibreOffice, or another test run, holds the default one.
            `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            dir,
            template,
            summary,
          ],
          { timeout: CONVERSION_MS, stdio: "ignore" },
        );
        const templatePdf = join(dir, "template.pdf");
        expect(existsSync(templatePdf)).toBe(true);
        expect(readFileSync(templatePdf).subarray(0, 5).toString("latin1")).toBe("%PDF-");
        // The monitoring sheet prints; the state sheet is very hidden and does not.
        expect(pageCount(templatePdf)).toBeGreaterThanOrEqual(1);
        const templateText = pdfText(templatePdf);
        if (templateText !== null) {
          expect(templateText).toContain(plan.indicators[0]?.name);
          expect(templateText).not.toContain('"version":');
        }

        const pdf = join(dir, "summary.pdf");
        expect(existsSync(pdf)).toBe(true);
        expect(readFileSync(pdf).subarray(0, 5).toString("latin1")).toBe("%PDF-");
        // The table sheet, then the counts sheet with its chart.
        expect(pageCount(pdf)).toBeGreaterThanOrEqual(2);
        const text = pdfText(pdf);
        // The chart's title is drawn only by the chart: LibreOffice read the chart part.
        if (text !== null) expect(text).toContain("Indicators by status");
      },
      CONVERSION_MS + 30_000,
    );
  });
}
