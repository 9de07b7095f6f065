/**
 * @jest-environment jsdom
 */
import { detectHost, displayLanguage, officeReady, officeThemeColors, WORKBENCH_FLAG } from "../../src/excel/host";

type OfficeGlobal = { Office?: unknown };

afterEach(() => {
  delete (globalThis as OfficeGlobal).Office;
});

function fakeOffice(host: string, displayLanguage: string): void {
  (globalThis as OfficeGlobal).Office = {
    context: { host, platform: "PC", displayLanguage },
    onReady: () => Promise.resolve({ host, platform: "PC" }),
  };
}

describe("telling Excel from the workbench and a plain browser", () => {
  it("is a plain browser when office.js did not load", async () => {
    expect(detectHost()).toBe("browser");
    await expect(officeReady()).resolves.toBeUndefined();
  });

  it("is Excel when Office reports the Excel host", () => {
    fakeOffice("Excel", "zh-CN");
    expect(detectHost()).toBe("excel");
  });

  it("is not Excel inside another Office host", () => {
    fakeOffice("Word", "zh-CN");
    expect(detectHost()).toBe("browser");
  });

  it("is the workbench when the workbench flag is set, whatever Office says", () => {
    fakeOffice("Excel", "zh-CN");
    expect(detectHost({ [WORKBENCH_FLAG]: true })).toBe("workbench");
  });

  it("reads Office's display language once Office is there", async () => {
    fakeOffice("Excel", "en-GB");
    await officeReady();
    expect(displayLanguage()).toBe("en-GB");
  });
});

describe("Office's theme colours", () => {
  it("reads them where Office reports them, and none where it does not or cannot", () => {
    expect(officeThemeColors()).toBeNull();
    fakeOffice("Excel", "zh-CN");
    expect(officeThemeColors()).toBeNull();
    const office = (globalThis as OfficeGlobal).Office as { context: Record<string, unknown> };
    office.context["officeTheme"] = { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" };
    expect(officeThemeColors()).toMatchObject({ bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" });
    Object.defineProperty(office.context, "officeTheme", {
      get: () => {
        throw new Error("not supported on this platform");
      },
    });
    expect(officeThemeColors()).toBeNull();
  });
});
