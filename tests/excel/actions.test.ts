/**
 * End to end against the simulator: a person populates a plan's sheet, types figures the way people do, checks,
 * explains, reviews, reorganises the sheet, and the plan is updated; nothing typed is ever lost or misplaced.
 */
import { cellKey } from "../../src/core/review";
import { templateLayout } from "../../src/core/layout";
import { formatFinding, statusLabel } from "../../src/core/messages";
import type { Indicator, Plan } from "../../src/core/model";
import {
  check,
  goTo,
  populate,
  readObservations,
  saveExplanation,
  saveReview,
  setUserName,
  userMessage,
  writeSummarySheet,
  PlanMonitorError,
} from "../../src/excel";
import { decodeState, STATE_SHEET, type WorkbookState } from "../../src/core/workbook/state";
import { FILLS } from "../../src/core/workbook/writes";
import { CHENGDU_13 } from "../fixtures/chengdu-13";
import { indicatorAt, monitoringSheet, setup, type SheetOracle } from "./sim";
import type { Simulator } from "../../src/workbench/simulator";

const contribution = indicatorAt(CHENGDU_13, 0);
const patents = indicatorAt(CHENGDU_13, 3);
const market = indicatorAt(CHENGDU_13, 5);

/** What people type, by indicator and year: numbers as numbers, everything else as the text they type. */
const TYPED: readonly (readonly [Indicator, number, string | number])[] = [
  [contribution, 2016, 63],
  [contribution, 2017, "１２.５"],
  [contribution, 2018, "待统计"],
  [patents, 2016, "2.2万"],
  [patents, 2017, "约25000"],
  [market, 2016, "——"],
  [market, 2017, 450],
];

function cellOf(sheet: SheetOracle, indicator: Indicator, year: number): string {
  const row = sheet.rowsOf(indicator.id)[0];
  const column = sheet.yearColumn(year);
  if (row === undefined || column === null) throw new Error(`no cell for ${indicator.name} ${year}`);
  return sheet.address(row, column);
}

function typeAll(sim: Simulator, entries: readonly (readonly [Indicator, number, string | number])[]): void {
  const sheet = monitoringSheet(sim);
  for (const [indicator, year, value] of entries) {
    expect(sim.user.edit(sheet.name, cellOf(sheet, indicator, year), value)).toEqual({ ok: true });
  }
}

function stateOf(sim: Simulator): WorkbookState {
  const decoded = decodeState(sim.workbook.values(STATE_SHEET, "A:A") ?? []);
  if (!decoded.ok) throw new Error("state unreadable");
  return decoded.value;
}

/** A person unprotects the sheet (Review → Unprotect Sheet; there is no password). */
async function unprotectAsPerson(sim: Simulator, sheet: string): Promise<void> {
  await sim.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).protection.unprotect();
    await context.sync();
  });
}

describe("populate", () => {
  it("writes the template: title, header, one row per indicator, locked except the input cells", async () => {
    const { sim, host } = setup();
    sim.stats.reset();
    const result = await populate(host, CHENGDU_13, "zh-CN");
    expect(sim.stats.syncs).toBeLessThanOrEqual(4);
    expect(result).toEqual({ sheetName: "指标监测", indicators: 11, keptRows: 0, extraYears: [] });
    // The new sheet is shown, as Excel shows a sheet it has just made.
    expect(sim.workbook.activeSheet).toBe("指标监测");

    const model = templateLayout(CHENGDU_13, "zh-CN");
    const sheet = monitoringSheet(sim);
    const view = sim.workbook.sheet(sheet.name);
    expect(sim.workbook.cell(sheet.name, "A1")).toMatchObject({ value: CHENGDU_13.title, bold: true });
    expect(sheet.headerRow).toBe(model.headerRow + 1);
    model.columns.forEach((column, index) => {
      const header = sim.workbook.cell(sheet.name, sheet.address(sheet.headerRow, index + 1));
      expect(header).toMatchObject({ value: column.header, bold: true, fill: FILLS.header });
    });
    model.rows.forEach((row) => {
      const [at] = sheet.rowsOf(row.indicatorId);
      expect(at).toBeDefined();
      row.cells.forEach((cell, index) => {
        if (cell === null) return;
        expect(sheet.value(at ?? 0, index + 1)).toBe(cell);
      });
      model.columns.forEach((column, index) => {
        const view = sim.workbook.cell(sheet.name, sheet.address(at ?? 0, index + 1));
        expect(view?.locked).toBe(!column.input);
        expect(view?.numberFormat).toBe(column.numberFormat);
        if (column.key === "year") {
          expect(view?.validation).toMatchObject({
            prompt: { showPrompt: true, title: row.prompt.title, message: row.prompt.message },
            errorAlert: { showAlert: false },
          });
        }
      });
    });
    expect(view).toMatchObject({ frozenRows: 4, frozenColumns: 2, visibility: "Visible" });
    expect(view?.hiddenColumns).toEqual([sheet.address(1, model.columns.length).replace(/\d+/u, "")]);
    expect(view?.protection).toMatchObject({
      protected: true,
      hasPassword: false,
      options: { allowSort: true, allowAutoFilter: true, allowFormatColumns: true, allowInsertRows: false },
    });
    expect(sim.workbook.columnWidth(sheet.name, "B")).toBeGreaterThan(sim.workbook.columnWidth(sheet.name, "A") ?? 0);
    expect(sim.workbook.sheet(STATE_SHEET)?.visibility).toBe("VeryHidden");
    expect(stateOf(sim)).toMatchObject({ plan: CHENGDU_13, sheetName: "指标监测", locale: "zh-CN", sheetId: view?.id });
  });

  it("never lets plan text become a formula", async () => {
    const texts = ['=HYPERLINK("http://example.com","点此")', "+1", "-减少", "@SUM(A1)", "0012", "38%", "TRUE"];
    const plan: Plan = {
      ...CHENGDU_13,
      title: "=1+1",
      indicators: texts.map((name, i) => ({ ...contribution, id: `hostile:${i}`, name, unit: name })),
    };
    const { sim, host } = setup();
    await populate(host, plan, "en-US");
    const sheet = monitoringSheet(sim);
    expect(sim.workbook.cell(sheet.name, "A1")).toMatchObject({ value: "=1+1", formula: null });
    for (const [i, text] of texts.entries()) {
      const row = sheet.rowsOf(`hostile:${i}`)[0] ?? 0;
      for (const header of ["Indicator", "Unit"]) {
        const cell = sim.workbook.cell(sheet.name, sheet.address(row, sheet.column(header) ?? 0));
        expect(cell).toMatchObject({ value: text, formula: null });
      }
    }
  });

  it("never writes over someone's own sheet of the same name", async () => {
    const { sim, host } = setup();
    await sim.run(async (context) => {
      context.workbook.worksheets.add("指标监测").getRange("A1:B2").values = [
        ["自己的表", 1],
        ["不要动", 2],
      ];
      await context.sync();
    });
    const result = await populate(host, CHENGDU_13, "zh-CN");
    expect(result.sheetName).toBe("指标监测 (2)");
    expect(sim.workbook.values("指标监测", "A1:B2")).toEqual([
      ["自己的表", 1],
      ["不要动", 2],
    ]);
    expect(monitoringSheet(sim).name).toBe("指标监测 (2)");
    // Found again by its id, not by the name.
    expect((await populate(host, CHENGDU_13, "zh-CN")).sheetName).toBe("指标监测 (2)");
  });

  it("is refused with a message a person can act on when the workbook was never populated", async () => {
    const { host } = setup();
    const error: unknown = await check(host, "zh-CN").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanMonitorError);
    expect(userMessage(error, "zh-CN")).toContain("生成监测表");
  });
});

describe("check", () => {
  async function checked() {
    const { sim, host } = setup();
    await populate(host, CHENGDU_13, "zh-CN");
    typeAll(sim, TYPED);
    sim.user.select("Sheet1", "C3");
    sim.stats.reset();
    const result = await check(host, "zh-CN");
    return { sim, host, result, syncs: sim.stats.syncs };
  }

  it("reads figures as people type them and flags exactly the cells with findings", async () => {
    const { sim, result, syncs } = await checked();
    expect(syncs).toBeLessThanOrEqual(3);
    const sheet = monitoringSheet(sim);
    // `１２.５`, `2.2万`, `约25000` are read as figures; `待统计` is not one.
    const codes = result.findings.map(({ finding }) => `${finding.indicatorId}@${finding.year}:${finding.code}`);
    expect(codes).toContain(`${contribution.id}@2018:unreadable-figure`);
    expect(codes).toContain(`${patents.id}@2017:approximate-figure`);
    expect(codes.filter((code) => code.startsWith(`${patents.id}@2016`))).toEqual([]);

    const expected = new Map<string, string>();
    for (const { finding, address, message } of result.findings) {
      expect(message).toBe(formatFinding(finding, "zh-CN"));
      expect(address).toBe(
        `${sheet.name}!${cellOf(sheet, CHENGDU_13.indicators.find((i) => i.id === finding.indicatorId) as Indicator, finding.year)}`,
      );
      const local = address.split("!")[1] ?? "";
      if (finding.severity === "error" || expected.get(local) !== FILLS.error) {
        expected.set(local, finding.severity === "error" ? FILLS.error : FILLS.warning);
      }
    }
    for (const indicator of CHENGDU_13.indicators) {
      for (const year of templateLayout(CHENGDU_13, "zh-CN").years) {
        const address = cellOf(sheet, indicator, year);
        // Every year cell is located, flagged or not: a reviewer goes to accepted cells too.
        expect(result.addresses.get(cellKey(indicator.id, year))).toBe(`${sheet.name}!${address}`);
        expect([address, sim.workbook.cell(sheet.name, address)?.fill]).toEqual([
          address,
          expected.get(address) ?? null,
        ]);
      }
      const row = sheet.rowsOf(indicator.id)[0] ?? 0;
      const summaryRow = result.summary.rows.find((r) => r.indicatorId === indicator.id);
      expect(sheet.value(row, sheet.column("状态") ?? 0)).toBe(statusLabel(summaryRow?.status ?? "no-data", "zh-CN"));
    }
  });

  it("leaves the person where they were: active sheet and selection", async () => {
    const { sim } = await checked();
    expect(sim.workbook.selection).toEqual({ sheet: "Sheet1", address: "C3" });
  });

  it("shows a legend of the fills above the year columns", async () => {
    const { sim } = await checked();
    const sheet = monitoringSheet(sim);
    const first = sheet.yearColumn(2015) ?? 0;
    const legend = sheet.headerRow - 1;
    expect(sim.workbook.cell(sheet.name, sheet.address(legend, first))).toMatchObject({
      value: "错误",
      fill: FILLS.error,
    });
    expect(sim.workbook.cell(sheet.name, sheet.address(legend, first + 1))?.fill).toBe(FILLS.warning);
  });

  it("clears the fill of a cell once it is fixed", async () => {
    const { sim, host } = await checked();
    const sheet = monitoringSheet(sim);
    const address = cellOf(sheet, contribution, 2018);
    expect(sim.workbook.cell(sheet.name, address)?.fill).toBe(FILLS.error);
    expect(sim.user.edit(sheet.name, address, 64.5)).toEqual({ ok: true });
    await check(host, "zh-CN");
    expect(sim.workbook.cell(sheet.name, address)?.fill).not.toBe(FILLS.error);
  });
});

describe("explanations and review", () => {
  const clock = (iso: string) => ({ now: () => new Date(iso) });

  it("asks for a name once, signs and dates each entry, keeps the history and shows the latest", async () => {
    const { sim, host } = setup();
    await populate(host, CHENGDU_13, "zh-CN");
    typeAll(sim, TYPED);
    const { findings } = await check(host, "zh-CN");
    const warning = findings.find(
      ({ finding }) => finding.indicatorId === patents.id && finding.severity === "warning",
    );
    expect(warning).toBeDefined();
    const cell = { indicatorId: patents.id, year: warning?.finding.year ?? 0 };

    const refused: unknown = await saveExplanation(host, { ...cell, text: "x" }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "user-name-missing" });
    expect(userMessage(refused, "en-US")).toContain("name");

    await setUserName(host, "  张三 ");
    const first = await saveExplanation(host, { ...cell, text: "估算数" }, clock("2026-03-01T09:00:00Z"));
    expect(first).toEqual({ ...cell, text: "估算数", author: "张三", at: "2026-03-01T09:00:00.000Z" });
    await saveExplanation(host, { ...cell, text: "统计口径调整，\n以年报为准" }, clock("2026-03-02T09:00:00Z"));

    const sheet = monitoringSheet(sim);
    const row = sheet.rowsOf(patents.id)[0] ?? 0;
    expect(sheet.value(row, sheet.column("审核说明") ?? 0)).toBe(`${cell.year}年：统计口径调整， 以年报为准`);
    expect(stateOf(sim).explanations.map((e) => e.text)).toEqual(["估算数", "统计口径调整，\n以年报为准"]);

    // A paste can leave the explanation cell formatted General; a line a person typed there that starts with `=`
    // must still go back in as text, never as a formula.
    const explanationAddress = sheet.address(row, sheet.column("审核说明") ?? 0);
    await sim.run(async (context) => {
      const target = context.workbook.worksheets.getItem(sheet.name);
      target.protection.unprotect();
      const range = target.getRange(explanationAddress);
      range.numberFormat = [["General"]];
      range.values = [["'=SUM(1,2) 待核"]];
      target.protection.protect();
      await context.sync();
    });
    await saveExplanation(host, { ...cell, text: "统计口径调整，\n以年报为准" }, clock("2026-03-02T10:00:00Z"));
    expect(sim.workbook.cell(sheet.name, explanationAddress)?.formula).toBeNull();
    expect(String(sim.workbook.cell(sheet.name, explanationAddress)?.value)).toMatch(/^=SUM\(1,2\) 待核/u);

    const decision = await saveReview(
      host,
      { ...cell, decision: "accepted", comment: "" },
      clock("2026-03-03T09:00:00Z"),
    );
    expect(decision.reviewer).toBe("张三");
    expect(monitoringSheet(sim).value(row, sheet.column("审核意见") ?? 0)).toBe(`${cell.year}年：已通过`);

    // An accepted explanation closes the warning: the cell is no longer flagged.
    const after = await check(host, "zh-CN");
    const address = cellOf(sheet, patents, cell.year);
    const stillOpen = after.findings.some((f) => f.address.endsWith(`!${address}`));
    expect(sim.workbook.cell(sheet.name, address)?.fill).toBe(stillOpen ? FILLS.error : null);
  });

  it("refuses a decision on an explanation rewritten since the reviewer read it, and writes nothing", async () => {
    const { sim, host } = setup({ userName: "李四" });
    await populate(host, CHENGDU_13, "zh-CN");
    const cell = { indicatorId: patents.id, year: 2017 };
    const read = await saveExplanation(host, { ...cell, text: "估算数" }, clock("2026-03-01T09:00:00Z"));
    await saveExplanation(host, { ...cell, text: "改为年报数" }, clock("2026-03-02T09:00:00Z"));
    const before = sim.serialize();

    const stale = saveReview(host, { ...cell, decision: "accepted", comment: "", explanationAt: read.at });
    await expect(stale).rejects.toMatchObject({ code: "explanation-changed" });
    expect(sim.serialize()).toBe(before);

    const current = stateOf(sim).explanations.at(-1)?.at ?? "";
    await saveReview(host, { ...cell, decision: "accepted", comment: "", explanationAt: current });
    expect(stateOf(sim).decisions.map((d) => d.decision)).toEqual(["accepted"]);
  });

  it("reads an explanation a person typed into the 审核说明 cell, and takes a decision on it", async () => {
    const { sim, host } = setup({ userName: "李四" });
    await populate(host, CHENGDU_13, "zh-CN");
    typeAll(sim, TYPED);
    const sheet = monitoringSheet(sim);
    const row = sheet.rowsOf(patents.id)[0] ?? 0;
    const reviewedCell = async () =>
      (await check(host, "zh-CN")).summary.rows
        .find((r) => r.indicatorId === patents.id)
        ?.reviewedCells.find((c) => c.year === 2017);
    expect((await reviewedCell())?.state).toBe("explanation-missing");

    const typed = sheet.address(row, sheet.column("审核说明") ?? 0);
    expect(sim.user.edit(sheet.name, typed, "口径见附件\n2017年：估算数，年报未出")).toEqual({ ok: true });
    const explained = await reviewedCell();
    expect(explained).toMatchObject({ state: "awaiting-review", explanation: { text: "估算数，年报未出", at: "" } });

    await saveReview(host, {
      indicatorId: patents.id,
      year: 2017,
      decision: "accepted",
      comment: "",
      explanationAt: explained?.explanation?.at ?? "unread",
    });
    expect((await reviewedCell())?.state).toBe("accepted");
    expect(monitoringSheet(sim).value(row, sheet.column("审核说明") ?? 0)).toBe("口径见附件\n2017年：估算数，年报未出");
  });

  it("signs with the name Office gives when there is one", async () => {
    const { sim, host } = setup({ userName: "李四" });
    await populate(host, CHENGDU_13, "zh-CN");
    typeAll(sim, TYPED);
    const saved = await saveReview(host, {
      indicatorId: patents.id,
      year: 2017,
      decision: "returned",
      comment: "请补充依据",
    });
    expect(saved.reviewer).toBe("李四");
    const sheet = monitoringSheet(sim);
    expect(sheet.value(sheet.rowsOf(patents.id)[0] ?? 0, sheet.column("审核意见") ?? 0)).toBe(
      "2017年：已退回，请补充依据",
    );
  });

  it("keeps what people typed into the 审核说明 cell themselves", async () => {
    const { sim, host } = setup({ userName: "李四" });
    await populate(host, CHENGDU_13, "zh-CN");
    const sheet = monitoringSheet(sim);
    const address = sheet.address(sheet.rowsOf(market.id)[0] ?? 0, sheet.column("审核说明") ?? 0);
    expect(sim.user.edit(sheet.name, address, "=数据来源：科技局")).toEqual({ ok: true });
    await saveExplanation(host, { indicatorId: market.id, year: 2017, text: "新口径" });
    expect(sim.workbook.cell(sheet.name, address)).toMatchObject({
      value: "=数据来源：科技局\n2017年：新口径",
      formula: null,
    });
  });
});

describe("populating again", () => {
  it("keeps every figure and explanation at its indicator and year after sorting, inserting rows, renaming and a plan update", async () => {
    const { sim, host } = setup({ userName: "张三" });
    await populate(host, CHENGDU_13, "zh-CN");
    const typed = [...TYPED, [patents, 2020, 41000] as const, [market, 2018, 500] as const];
    typeAll(sim, typed);
    await check(host, "zh-CN");
    await saveExplanation(host, { indicatorId: market.id, year: 2017, text: "技术合同登记口径变化" });
    await saveExplanation(host, { indicatorId: patents.id, year: 2017, text: "估算" });

    // People reorganise the sheet: unprotect, sort by name, insert rows, rename.
    let sheet = monitoringSheet(sim);
    await unprotectAsPerson(sim, sheet.name);
    expect(sim.user.sortRows(sheet.name, sheet.headerRow + 1, sheet.lastRow, "B", false)).toEqual({ ok: true });
    expect(sim.user.insertRows(sheet.name, sheet.headerRow + 3, 2)).toEqual({ ok: true });
    expect(sim.user.insertRows(sheet.name, 2, 1)).toEqual({ ok: true });
    expect(sim.user.renameSheet(sheet.name, "监测2018")).toEqual({ ok: true });

    // The plan is revised: a target changes, an indicator is added, one is removed, the period ends in 2019.
    const added: Indicator = {
      ...contribution,
      id: "chengdu-13th-sti:新增指标:2019",
      name: "新增指标",
      target: { comparator: ">=", year: 2019, value: 70 },
    };
    const revised: Plan = {
      ...CHENGDU_13,
      period: { start: 2016, end: 2019 },
      indicators: [
        ...CHENGDU_13.indicators
          .filter((indicator) => indicator.id !== market.id)
          .map((indicator) => ({
            ...indicator,
            target: { comparator: ">=" as const, year: 2019, value: indicator.id === contribution.id ? 70 : 1 },
          })),
        added,
      ],
    };
    sim.stats.reset();
    const result = await populate(host, revised, "zh-CN");
    expect(sim.stats.syncs).toBeLessThanOrEqual(4);
    expect(result).toEqual({
      sheetName: "监测2018",
      indicators: revised.indicators.length,
      keptRows: 1,
      extraYears: [2020],
    });

    sheet = monitoringSheet(sim);
    expect(sheet.name).toBe("监测2018");
    for (const [indicator, year, value] of typed) {
      const rows = sheet.rowsOf(indicator.id);
      expect(rows).toHaveLength(1);
      expect([indicator.name, year, sheet.value(rows[0] ?? 0, sheet.yearColumn(year) ?? 0)]).toEqual([
        indicator.name,
        year,
        value,
      ]);
    }
    // The removed indicator's row is last, marked, figures and explanation kept; the new one is there, empty.
    const marketRow = sheet.rowsOf(market.id)[0] ?? 0;
    expect(marketRow).toBe(sheet.lastRow);
    expect(sheet.value(marketRow, sheet.column("状态") ?? 0)).toBe("已不在规划中（数据保留）");
    expect(sheet.value(marketRow, sheet.column("审核说明") ?? 0)).toBe("2017年：技术合同登记口径变化");
    expect(sheet.value(sheet.rowsOf(patents.id)[0] ?? 0, sheet.column("审核说明") ?? 0)).toBe("2017年：估算");
    expect(sheet.rowsOf(added.id)).toHaveLength(1);
    expect(sheet.value(sheet.rowsOf(contribution.id)[0] ?? 0, sheet.column("目标值") ?? 0)).toBe("≥70");
    expect(sim.workbook.sheet(sheet.name)?.protection.protected).toBe(true);

    // What the adapter reads back is what was typed, for the indicators of the revised plan.
    const read = await readObservations(host);
    for (const [indicator, year, value] of typed.filter(([indicator]) => indicator.id !== market.id)) {
      expect(read.observations.find((o) => o.indicatorId === indicator.id && o.year === year)?.input).toBe(value);
    }
    expect(stateOf(sim).explanations).toHaveLength(2);
  });

  it("keeps rows people added themselves: a row without an id they wrote in, and a copied indicator row", async () => {
    const { sim, host } = setup();
    await populate(host, CHENGDU_13, "zh-CN");
    typeAll(sim, TYPED);
    let sheet = monitoringSheet(sim);
    await unprotectAsPerson(sim, sheet.name);
    const patentsRow = sheet.rowsOf(patents.id)[0] ?? 0;
    const copied = sim.workbook.values(sheet.name, `A${patentsRow}:Z${patentsRow}`) ?? [];
    expect(sim.user.insertRows(sheet.name, sheet.lastRow + 1, 2)).toEqual({ ok: true });
    expect(sim.user.edit(sheet.name, `B${sheet.lastRow + 1}`, "备注：2018年数据待年报更正")).toEqual({ ok: true });
    expect(
      sim.user.paste(
        sheet.name,
        `A${sheet.lastRow + 2}`,
        copied.map((row) => row.map((cell) => (cell === 22000 ? 23000 : cell))),
      ),
    ).toEqual({ ok: true });

    const result = await populate(host, CHENGDU_13, "zh-CN");
    expect(result.keptRows).toBe(2);
    sheet = monitoringSheet(sim);
    const rows = sheet.rowsOf(patents.id);
    expect(rows).toHaveLength(2);
    expect(sheet.value(rows[0] ?? 0, sheet.yearColumn(2016) ?? 0)).toBe("2.2万");
    expect(sheet.value(rows[1] ?? 0, sheet.column("状态") ?? 0)).toBe("重复行");
    const note = (sim.workbook.values(sheet.name, `B1:B${sheet.lastRow}`) ?? []).findIndex(
      ([cell]) => cell === "备注：2018年数据待年报更正",
    );
    expect(note).toBeGreaterThan(sheet.headerRow);
    expect(sheet.value(note + 1, sheet.column("状态") ?? 0)).toBe("非指标行（原样保留）");
    // A second rewrite changes nothing more.
    const before = sim.workbook.values(sheet.name, `A1:Z${sheet.lastRow}`);
    await populate(host, CHENGDU_13, "zh-CN");
    expect(sim.workbook.values(sheet.name, `A1:Z${sheet.lastRow}`)).toEqual(before);
  });

  it("rewrites an unchanged sheet to the same thing", async () => {
    const { sim, host } = setup();
    await populate(host, CHENGDU_13, "zh-CN");
    typeAll(sim, TYPED);
    const sheet = monitoringSheet(sim);
    const before = sim.workbook.values(sheet.name, `A1:Z${sheet.lastRow}`);
    await populate(host, CHENGDU_13, "zh-CN");
    expect(sim.workbook.values(sheet.name, `A1:Z${sheet.lastRow}`)).toEqual(before);
  });
});

describe("goTo", () => {
  it("activates the sheet and selects the cell of a finding", async () => {
    const { sim, host } = setup();
    await populate(host, CHENGDU_13, "en-US");
    typeAll(sim, TYPED);
    sim.user.select("Sheet1", "A1");
    const { findings } = await check(host, "en-US");
    const target = findings[0]?.address ?? "";
    expect(target).toMatch(/^'Plan monitoring'!/u);
    await goTo(host, target);
    expect(sim.workbook.selection).toEqual({ sheet: "Plan monitoring", address: target.split("!")[1] });
  });

  it("refuses an address without a sheet", async () => {
    const { host } = setup();
    await expect(goTo(host, "C5")).rejects.toMatchObject({ code: "address-invalid" });
  });
});

describe("writeSummarySheet", () => {
  it("writes the summary as a native table with a chart of statuses, anew each time", async () => {
    const { sim, host } = setup();
    await populate(host, CHENGDU_13, "zh-CN");
    typeAll(sim, TYPED);
    const { summary } = await check(host, "zh-CN");
    sim.stats.reset();
    expect(await writeSummarySheet(host, summary, "zh-CN")).toBe("汇总");
    expect(sim.stats.syncs).toBeLessThanOrEqual(2);
    await writeSummarySheet(host, summary, "zh-CN");

    expect(sim.workbook.tables).toHaveLength(1);
    expect(sim.workbook.tables[0]).toMatchObject({ sheet: "汇总", address: `A1:N${summary.rows.length + 1}` });
    expect(sim.workbook.tables[0]?.headers.slice(0, 8)).toEqual([
      "指标",
      "单位",
      "基期值",
      "目标值",
      "最新值",
      "完成进度",
      "序时进度",
      "评价",
    ]);
    expect(sim.workbook.charts).toHaveLength(1);
    expect(sim.workbook.charts[0]).toMatchObject({
      sheet: "汇总",
      chartType: "ColumnClustered",
      title: "指标评价分布",
    });
    expect(sim.workbook.cell("汇总", "F2")?.numberFormat).toBe("0.0%");
    expect(sim.workbook.activeSheet).toBe("汇总");
    expect(sim.workbook.sheetNames.filter((name) => name === "汇总")).toHaveLength(1);
  });
});

describe("a damaged state sheet", () => {
  it("does not stop populate, which rebuilds the state and keeps every figure", async () => {
    const { sim, host } = setup();
    await populate(host, CHENGDU_13, "zh-CN");
    typeAll(sim, TYPED);
    const before = monitoringSheet(sim);
    const typed = TYPED.map(([indicator, year]) => cellOf(before, indicator, year));
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem(STATE_SHEET).getRange("A1").values = [["x"]];
      await context.sync();
    });
    await expect(check(host, "zh-CN")).rejects.toMatchObject({ code: "state-unreadable" });

    await populate(host, CHENGDU_13, "zh-CN");
    const after = monitoringSheet(sim);
    expect(TYPED.map(([indicator, year]) => cellOf(after, indicator, year))).toEqual(typed);
    expect(stateOf(sim).plan.id).toBe(CHENGDU_13.id);
    await expect(check(host, "zh-CN")).resolves.toBeDefined();
  });
});
