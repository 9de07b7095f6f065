import { populate } from "../../src/excel";
import { entry } from "../../src/core/workbook/writes";
import { applyWrites, payloadBytes, requests, REQUEST_BYTES, type WriteOp } from "../../src/excel/write-ops";
import type { Simulator } from "../../src/workbench/simulator";
import { CHENGDU_13 } from "../fixtures/chengdu-13";
import { monitoringSheet, setup } from "./sim";

const block = (rows: number, text: string): WriteOp => ({
  kind: "values",
  sheet: "指标监测",
  range: { top: 4, left: 0, bottom: 4 + rows - 1, right: 1 },
  values: Array.from({ length: rows }, (_, i) => [i, text]),
});

describe("cutting writes into requests Excel accepts", () => {
  it("sends small writes in one request", () => {
    const ops: WriteOp[] = [block(10, "科技进步贡献率"), { kind: "protect", sheet: "指标监测" }];
    expect(requests(ops)).toEqual([ops]);
  });

  it("splits a block of values too large for one request by rows, in order, losing nothing", () => {
    const big = block(4000, "指".repeat(1000));
    const batches = requests([{ kind: "unprotect", sheet: "指标监测" }, big, { kind: "protect", sheet: "指标监测" }]);
    expect(batches.length).toBeGreaterThan(2);
    for (const batch of batches) expect(payloadBytes(batch)).toBeLessThanOrEqual(REQUEST_BYTES);
    const flat = batches.flat();
    expect(flat[0]?.kind).toBe("unprotect");
    expect(flat[flat.length - 1]?.kind).toBe("protect");
    const pieces = flat.filter((op): op is Extract<WriteOp, { kind: "values" }> => op.kind === "values");
    expect(pieces.flatMap((piece) => piece.values)).toEqual(big.kind === "values" ? big.values : []);
    pieces.forEach((piece, i) => {
      expect(piece.range.bottom - piece.range.top + 1).toBe(piece.values.length);
      if (i > 0) expect(piece.range.top).toBe((pieces[i - 1]?.range.bottom ?? 0) + 1);
    });
  });

  it("estimates UTF-8 bytes: a Chinese character is three", () => {
    expect(payloadBytes([block(1, "指".repeat(1000))]) - payloadBytes([block(1, "")])).toBe(3000);
  });
});

describe("values written into General cells", () => {
  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ["-5", "'-5"],
    ["0012", "'0012"],
    ["1.2万", "'1.2万"],
    ["", ""],
  ])("keeps the text %j as text", (text, written) => {
    expect(entry(text, false)).toBe(written);
  });

  it.each([[12.5], [true], [0]])("writes %j as it is", (value) => {
    expect(entry(value, false)).toBe(value);
  });

  it("writes text as typed into a text-formatted cell", () => {
    expect(entry("=1+1", true)).toBe("=1+1");
  });
});

describe("a write that fails halfway", () => {
  async function failHalfway(sim: Simulator, sheet: string): Promise<unknown> {
    return sim
      .run((context) =>
        applyWrites(context, [
          { kind: "unprotect", sheet },
          block(1, "写入一半"),
          // Someone deleted this sheet since it was read: Excel stops here, keeping what came before.
          { kind: "values", sheet: "已删除", range: { top: 0, left: 0, bottom: 0, right: 0 }, values: [[1]] },
          { kind: "protect", sheet },
        ]),
      )
      .catch((error: unknown) => error);
  }

  it("reports the failure, with the sheet protected again and events back on", async () => {
    const { sim, host } = setup({ userName: "张三" });
    await populate(host, CHENGDU_13, "zh-CN");
    const sheet = monitoringSheet(sim).name;
    expect(await failHalfway(sim, sheet)).toMatchObject({ code: "ItemNotFound" });
    expect(sim.workbook.sheet(sheet)?.protection.protected).toBe(true);
    const eventsOn = await sim.run(async (context) => {
      context.runtime.load("enableEvents");
      await context.sync();
      return context.runtime.enableEvents;
    });
    expect(eventsOn).toBe(true);
    // A person's edit still reaches the watcher.
    const seen: string[] = [];
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem(sheet).onChanged.add(async (event) => {
        seen.push(event.address);
      });
      await context.sync();
    });
    const at = monitoringSheet(sim);
    const row = at.rowsOf(CHENGDU_13.indicators[0]?.id ?? "")[0] ?? 0;
    expect(sim.user.edit(sheet, at.address(row, at.yearColumn(2016) ?? 0), 1)).toEqual({ ok: true });
    await sim.settle();
    expect(seen).toHaveLength(1);
  });

  it("leaves a sheet that was not protected before as it was asked: protected (the list ends with protect)", async () => {
    const { sim } = setup();
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
      await context.sync();
    });
    expect(await failHalfway(sim, "Sheet1")).toMatchObject({ code: "ItemNotFound" });
    expect(sim.workbook.sheet("Sheet1")?.protection.protected).toBe(true);
  });
});

describe("freezing panes", () => {
  it.each([
    [4, 2],
    [3, 0],
    [0, 2],
    [0, 0],
  ])("freezes %i rows and %i columns, no more", async (rows, columns) => {
    const { sim } = setup();
    await sim.run((context) => applyWrites(context, [{ kind: "freeze", sheet: "Sheet1", rows, columns }]));
    expect(sim.workbook.sheet("Sheet1")).toMatchObject({ frozenRows: rows, frozenColumns: columns });
  });
});
