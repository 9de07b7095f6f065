import type { Locale } from "../../core/messages";

const formats = new Map<Locale, Intl.DateTimeFormat>();

/**
 * A saved entry's time as the reader's language writes a date and time, in the reader's time zone. A timestamp
 * that does not parse is shown as stored rather than hidden: a history entry must never lose its date.
 *
 * @example formatWhen("2026-03-01T09:00:00.000Z", "zh-CN") // → "2026年3月1日 17:00" (in Beijing time)
 */
export function formatWhen(iso: string, locale: Locale): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  let format = formats.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
    formats.set(locale, format);
  }
  return format.format(time);
}
