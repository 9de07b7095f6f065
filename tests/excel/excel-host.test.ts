import { createSimulator, installGlobals } from "../../src/workbench/simulator";
import { officeHost, populate, simulatorHost } from "../../src/excel";
import { CHENGDU_13 } from "../fixtures/chengdu-13";

describe("hosts", () => {
  it("officeHost drives whatever `Excel` and `Office` the page has, as in Excel itself", async () => {
    const sim = createSimulator({ requirementSets: { ExcelApi: "1.9" } });
    const restore = installGlobals(sim);
    try {
      const host = officeHost();
      expect(host.isSetSupported("ExcelApi", "1.8")).toBe(true);
      expect(host.isSetSupported("ExcelApi", "1.18")).toBe(false);
      // Excel never says who is at the keyboard.
      expect(host.userName()).toBeNull();
      await populate(host, CHENGDU_13, "zh-CN");
      expect(sim.workbook.sheetNames).toContain("指标监测");
    } finally {
      restore();
    }
  });

  it.each([
    ["张三", "张三"],
    ["  ", null],
    [undefined, null],
  ])("simulatorHost signs with the simulated person's name %j", (name, expected) => {
    const sim = createSimulator(name === undefined ? {} : { userName: name });
    expect(simulatorHost(sim).userName()).toBe(expected);
  });
});
