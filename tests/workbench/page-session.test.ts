import { populate } from "../../src/excel";
import type { Plan } from "../../src/core/model";
import { builtInPlan, DEFAULT_PLAN_ID } from "../../src/plans";
import { STORAGE_KEYS } from "../../src/workbench/page/session";
import { MemoryStorage, openSession } from "./page-storage";

const plan = ((): Plan => {
  const found = builtInPlan(DEFAULT_PLAN_ID);
  if (found === null) throw new Error("default plan missing");
  return found;
})();

describe("workbench session", () => {
  it("saves after every batch of the pane, so a reload reopens the same workbook", async () => {
    const storage = new MemoryStorage();
    const session = openSession(storage);
    const seen: number[] = [];
    session.subscribe(() => seen.push(session.getSnapshot().version));
    await populate(session.getSnapshot().host, plan, "zh-CN");
    expect(seen.length).toBeGreaterThan(0);
    const saved = storage.getItem(STORAGE_KEYS.workbook);
    expect(saved).toBe(session.getSnapshot().sim.serialize());

    const reloaded = openSession(storage).getSnapshot();
    expect(reloaded.sim.serialize()).toBe(saved);
    expect(reloaded.notice).toBeNull();
  });

  it("never tells the pane who is at the keyboard, as Excel never does", () => {
    expect(openSession().getSnapshot().host.userName()).toBeNull();
  });

  it("plays Excel on the web: notes (ExcelApi 1.18) are there", () => {
    expect(openSession().getSnapshot().host.isSetSupported("ExcelApi", "1.18")).toBe(true);
  });

  it("sets a damaged save aside with a message and starts blank", () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEYS.workbook, '{"format":"plan-monitor-excel-simulator","version":1,"sheets":"x"}');
    const state = openSession(storage).getSnapshot();
    expect(state.notice).toEqual({ code: "stored-dropped", key: STORAGE_KEYS.damaged });
    expect(state.sim.workbook.sheetNames).toEqual(["Sheet1"]);
    expect(storage.getItem(STORAGE_KEYS.damaged)).toContain("plan-monitor-excel-simulator");
    expect(storage.getItem(STORAGE_KEYS.workbook)).toBeNull();
  });

  it.each(["not json", "null", "[]", '{"format":"something else"}'])("survives the stored text %s", (stored) => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEYS.workbook, stored);
    expect(openSession(storage).getSnapshot().notice?.code).toBe("stored-dropped");
  });

  it("says the browser refuses to save for as long as it does, whatever other messages come and go", () => {
    const storage = new MemoryStorage();
    const session = openSession(storage);
    storage.full = true;
    const { sim } = session.getSnapshot();
    sim.user.edit("Sheet1", "A1", "1");
    session.changed();
    expect(session.getSnapshot().saveFailure).toBe("QuotaExceededError");
    session.notify({ code: "protected-cell", sheet: "Sheet1", address: "A1" });
    session.notify(null);
    session.changed();
    expect(session.getSnapshot().saveFailure).toBe("QuotaExceededError");
    storage.full = false;
    session.changed();
    expect(session.getSnapshot().saveFailure).toBeNull();
    expect(storage.getItem(STORAGE_KEYS.workbook)).toBe(sim.serialize());
  });

  it("reopens the same workbook in the other language and remembers the language", () => {
    const storage = new MemoryStorage();
    const session = openSession(storage);
    const before = session.getSnapshot();
    before.sim.user.edit("Sheet1", "B2", "12.5");
    session.changed();
    session.setLocale("en-US");
    const after = session.getSnapshot();
    expect(after.sim).not.toBe(before.sim);
    expect(after.sim.Office.context.displayLanguage).toBe("en-US");
    expect(after.sim.workbook.cell("Sheet1", "B2")?.value).toBe(12.5);
    expect(openSession(storage).getSnapshot().locale).toBe("en-US");
  });

  it("resets to a blank workbook, saved as such", async () => {
    const storage = new MemoryStorage();
    const session = openSession(storage);
    await populate(session.getSnapshot().host, plan, "zh-CN");
    session.reset();
    const state = session.getSnapshot();
    expect(state.sim.workbook.sheetNames).toEqual(["Sheet1"]);
    expect(state.notice).toEqual({ code: "reset-done" });
    expect(storage.getItem(STORAGE_KEYS.workbook)).toBe(state.sim.serialize());
  });

  it("ignores batches still finishing on a workbook replaced by a reset", async () => {
    const storage = new MemoryStorage();
    const session = openSession(storage);
    const old = session.getSnapshot().host;
    session.reset();
    const blank = storage.getItem(STORAGE_KEYS.workbook);
    await populate(old, plan, "zh-CN");
    expect(storage.getItem(STORAGE_KEYS.workbook)).toBe(blank);
  });

  it("works without storage", () => {
    const session = openSession(null);
    session.getSnapshot().sim.user.edit("Sheet1", "A1", "x");
    session.changed();
    expect(session.getSnapshot().notice).toBeNull();
  });
});
