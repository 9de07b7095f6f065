import { Text } from "@fluentui/react-components";
import type { Locale } from "../../core/messages";
import { fill } from "../strings";
import { formatWhen } from "./format-when";
import type { ReviewText } from "./strings";

/**
 * `张三，2026年3月1日 17:00`: who wrote an entry and when, the time machine-readable too. An explanation typed
 * straight into the sheet has neither (no one signed it): it says so instead.
 */
export function Signed({
  who,
  at,
  text,
  locale,
}: {
  readonly who: string;
  readonly at: string;
  readonly text: ReviewText;
  readonly locale: Locale;
}) {
  if (who === "" && at === "") return <Text size={200}>{text.typedInSheet}</Text>;
  const [before, after] = text.signed.split("{when}");
  return (
    <Text size={200}>
      {fill(before ?? "", { who })}
      <time dateTime={at}>{formatWhen(at, locale)}</time>
      {after ?? ""}
    </Text>
  );
}
