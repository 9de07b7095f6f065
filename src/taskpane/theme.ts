import { webLightTheme, type Theme } from "@fluentui/react-components";

/** Fluent's web theme with a CJK font stack first, so Chinese never falls back to a serif or a box. */
export const planMonitorTheme: Theme = {
  ...webLightTheme,
  fontFamilyBase: `"Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", ${webLightTheme.fontFamilyBase}`,
};
