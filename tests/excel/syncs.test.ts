/**
 * A constant number of round trips to Excel whatever the size of the plan, and no request above Excel on the
 * web's 5 MB: populate ≤ 4 syncs (again after figures were entered), check ≤ 3.
 */
import { check, populate } from "../../src/excel";
import { PAYLOAD_LIMIT_BYTES } from "../../src/workbench/simulator";
import { monitoringSheet, setup, syntheticPlan } from "./sim";

/** Figures as people type them, a few of which draw findings. */
function figure(i: number, y: number): string | number {
  const forms = [1000 + i + 50 * y, `${(1000 + i + 50 * y) / 10000}万`, "——", `约${1000 + y}`, "待统计"];
  return y % 7 === 6 ? (forms[(i + y) % forms.length] ?? "") : 40 + y + (i % 5);
}

describe.each([50, 500, 2000])("%i indicators × 15 years", (n) => {
  it("populates in ≤ 4 syncs, checks in ≤ 3, and populates again in ≤ 4, each request below 5 MB", async () => {
    const plan = syntheticPlan(n);
    const { sim, host } = setup();
    sim.stats.reset();
    await populate(host, plan, "zh-CN");
    expect(sim.stats.syncs).toBeLessThanOrEqual(4);

    const sheet = monitoringSheet(sim);
    const first = sheet.yearColumn(2010) ?? 0;
    expect(sheet.yearColumn(2024)).toBe(first + 14);
    const top = sheet.rowsOf(plan.indicators[0]?.id ?? "")[0] ?? 0;
    const block = plan.indicators.map((_, i) => Array.from({ length: 15 }, (_, y) => figure(i, y)));
    expect(sim.user.paste(sheet.name, sheet.address(top, first), block)).toEqual({ ok: true });

    sim.stats.reset();
    const { findings, summary } = await check(host, "zh-CN");
    expect(sim.stats.syncs).toBeLessThanOrEqual(3);
    expect(summary.rows).toHaveLength(n);
    expect(findings.length).toBeGreaterThan(0);

    sim.stats.reset();
    await populate(host, plan, "zh-CN");
    expect(sim.stats.syncs).toBeLessThanOrEqual(4);
    for (const request of sim.stats.requests) {
      expect(request.error).toBeNull();
      expect(request.bytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    }
    expect(monitoringSheet(sim).value(top + n - 1, first + 6)).toEqual(figure(n - 1, 6));
  }, 60_000);
});
