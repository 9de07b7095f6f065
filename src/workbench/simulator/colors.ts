/** Colours as Excel accepts them for fills and fonts: `#RRGGBB` or an HTML colour name; read back as `#RRGGBB`. */

const NAMED: Readonly<Record<string, string>> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  lime: "#00FF00",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  purple: "#800080",
  gray: "#808080",
  grey: "#808080",
  silver: "#C0C0C0",
  navy: "#000080",
  teal: "#008080",
  maroon: "#800000",
  olive: "#808000",
  pink: "#FFC0CB",
  lightgreen: "#90EE90",
  lightyellow: "#FFFFE0",
  lightgray: "#D3D3D3",
  lightgrey: "#D3D3D3",
};

/**
 * The colour Excel stores, or null when Excel would reject the string.
 *
 * @example
 * normalizeColor("#ffc7ce") // → "#FFC7CE"
 * normalizeColor("Yellow") // → "#FFFF00"
 * normalizeColor("#12") // → null
 */
export function normalizeColor(input: unknown): string | null {
  if (typeof input !== "string") return null;
  const text = input.trim();
  if (/^#[0-9a-fA-F]{6}$/.test(text)) return text.toUpperCase();
  return NAMED[text.toLowerCase()] ?? null;
}
