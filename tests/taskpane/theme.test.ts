import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { paneTheme, planMonitorTheme } from "../../src/taskpane/theme";

describe("the pane in Office's theme colours", () => {
  it("puts Chinese fonts first whatever the theme", () => {
    for (const theme of [planMonitorTheme, paneTheme({ bodyBackgroundColor: "#262626" })]) {
      expect(theme.fontFamilyBase.startsWith('"Microsoft YaHei UI"')).toBe(true);
    }
  });

  it("takes Office's body colours, on Fluent's dark theme under a dark Office theme", () => {
    const dark = paneTheme({ bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" });
    expect(dark.colorNeutralBackground1).toBe("#262626");
    expect(dark.colorNeutralForeground1).toBe("#FFFFFF");
    expect(dark.colorBrandBackground).toBe(webDarkTheme.colorBrandBackground);
    const colorful = paneTheme({ bodyBackgroundColor: "#F3F3F3", bodyForegroundColor: "#262626" });
    expect(colorful.colorNeutralBackground1).toBe("#F3F3F3");
    expect(colorful.colorNeutralForeground2).toBe(webLightTheme.colorNeutralForeground2);
  });

  it("keeps its own theme where Office reports none, or reports something that is not a colour", () => {
    expect(paneTheme(null)).toBe(planMonitorTheme);
    expect(paneTheme({ bodyBackgroundColor: "red; background: url(x)" })).toBe(planMonitorTheme);
    expect(
      paneTheme({ bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "expression(x)" }).colorNeutralForeground1,
    ).toBe(webLightTheme.colorNeutralForeground1);
  });
});
