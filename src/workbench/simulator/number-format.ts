/**
 * `Range.text`: a value as Excel displays it under a number format. Only the formats a monitoring sheet uses are
 * rendered (General, fixed decimals with optional thousands separators, percent, text, y/m/d dates); any other
 * format falls back to General, which is the documented simplification.
 */
import { serialDate, type CellValue } from "./cell-entry";

/** General shows up to 11 significant characters; beyond that Excel switches to scientific notation. */
function general(n: number): string {
  if (n === 0) return "0";
  const abs = Math.abs(n);
  if (abs >= 1e11 || abs < 1e-9) {
    const [mantissa = "0", exponent = "0"] = n.toExponential(5).split("e");
    const trimmed = mantissa.replace(/\.?0+$/, "");
    const e = Number(exponent);
    return `${trimmed}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  return String(Number(n.toPrecision(10)));
}

function grouped(fixed: string): string {
  const [int = "", frac] = fixed.split(".");
  const sign = int.startsWith("-") ? "-" : "";
  const digits = sign ? int.slice(1) : int;
  const withCommas = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}${withCommas}${frac === undefined ? "" : `.${frac}`}`;
}

const decimalsOf = (fraction: string | undefined): number => (fraction ? fraction.length - 1 : 0);

function date(n: number, format: string): string {
  const { year, month, day } = serialDate(n);
  return format.replace(/yyyy|yy|mm|m|dd|d/g, (token) => {
    const table: Readonly<Record<string, string>> = {
      yyyy: String(year),
      yy: String(year % 100).padStart(2, "0"),
      mm: String(month).padStart(2, "0"),
      m: String(month),
      dd: String(day).padStart(2, "0"),
      d: String(day),
    };
    return table[token] ?? token;
  });
}

/** Number formats recognised, each with its renderer; the first match wins. */
const NUMBER_FORMATS: readonly {
  readonly pattern: RegExp;
  readonly render: (n: number, m: RegExpExecArray, f: string) => string;
}[] = [
  { pattern: /^0(\.0+)?%$/, render: (n, m) => `${(n * 100).toFixed(decimalsOf(m[1]))}%` },
  { pattern: /^0(\.0+)?$/, render: (n, m) => n.toFixed(decimalsOf(m[1])) },
  { pattern: /^#,##0(\.0+)?$/, render: (n, m) => grouped(n.toFixed(decimalsOf(m[1]))) },
  { pattern: /^@$/, render: (n) => general(n) },
  { pattern: /^[ymd]+([-/年月日.][ymd]*)*[日]?$/, render: (n, _m, f) => date(n, f) },
];

/**
 * The text Excel shows for a value.
 *
 * @example
 * formatValue(1234.5, "#,##0.00") // → "1,234.50"
 * formatValue(0.125, "0.0%") // → "12.5%"
 * formatValue(44197, "yyyy/m/d") // → "2021/1/1"
 * formatValue(true, "General") // → "TRUE"
 */
export function formatValue(value: CellValue, numberFormat: string): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  for (const { pattern, render } of NUMBER_FORMATS) {
    const m = pattern.exec(numberFormat);
    if (m) return render(value, m, numberFormat);
  }
  return general(value);
}
