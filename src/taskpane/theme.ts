import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { OfficeThemeColors } from "../excel/host";

const CJK_FONTS = `"Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC"`;

/** Fluent's web theme with a CJK font stack first, so Chinese never falls back to a serif or a box. */
export const planMonitorTheme: Theme = withCjkFonts(webLightTheme);

function withCjkFonts(theme: Theme): Theme {
  return { ...theme, fontFamilyBase: `${CJK_FONTS}, ${theme.fontFamilyBase}` };
}

const HEX = /^#[0-9a-f]{6}$/iu;

/** Relative luminance (WCAG) of `#rrggbb`. */
function luminance(hex: string): number {
  const channel = (offset: number): number => {
    const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/**
 * The pane's theme in Office's colours: Fluent's dark theme under a dark Office theme, its light theme otherwise,
 * with the pane's background and text in Office's own body colours so the pane sits in Excel like part of it.
 * Colours that are not `#rrggbb` are ignored (they come from the host, and a bad one must not blank the pane).
 *
 * @example paneTheme({ bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" }).colorNeutralBackground1 // → "#262626"
 */
export function paneTheme(office: OfficeThemeColors | null): Theme {
  const background = office?.bodyBackgroundColor;
  const foreground = office?.bodyForegroundColor;
  if (background === undefined || !HEX.test(background)) return planMonitorTheme;
  const base = withCjkFonts(luminance(background) < 0.2 ? webDarkTheme : webLightTheme);
  return {
    ...base,
    colorNeutralBackground1: background,
    ...(foreground !== undefined && HEX.test(foreground) ? { colorNeutralForeground1: foreground } : {}),
  };
}
