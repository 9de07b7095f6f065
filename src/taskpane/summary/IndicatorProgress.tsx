import { Badge, makeStyles, ProgressBar, Text, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { formatTarget, notAssessableText, statusLabel, type Locale } from "../../core/messages";
import type { SummaryRow } from "../../core/summary";
import { summaryCellText } from "../../core/summary-table";
import { fill } from "../strings";
import { STATUS_BADGE, STATUS_BAR } from "./status-look";
import type { SummaryText } from "./strings";

const useStyles = makeStyles({
  heading: { margin: 0 },
  // Cards, not a table: eight columns cannot fit 320 px, and a card wraps instead of scrolling sideways.
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  top: { display: "flex", flexWrap: "wrap", alignItems: "baseline", gap: tokens.spacingHorizontalS },
  name: { overflowWrap: "anywhere", flexGrow: 1, minWidth: 0 },
  bar: { position: "relative", paddingBlock: tokens.spacingVerticalXS },
  // The schedule's mark: a line across the bar where completion should be by now.
  marker: {
    position: "absolute",
    top: 0,
    bottom: 0,
    width: tokens.strokeWidthThick,
    marginLeft: `calc(${tokens.strokeWidthThick} / -2)`,
    backgroundColor: tokens.colorNeutralForeground1,
  },
  detail: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

const clampShare = (share: number): number => Math.min(1, Math.max(0, share));

/** Completion against time elapsed, indicator by indicator, with the status named in words beside its colour. */
export function IndicatorProgress({
  rows,
  locale,
  text,
}: {
  readonly rows: readonly SummaryRow[];
  readonly locale: Locale;
  readonly text: SummaryText;
}) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <div>
      <Text as="h3" id={headingId} size={400} weight="semibold" className={styles.heading} block>
        {text.indicatorsHeading}
      </Text>
      <Text as="p" size={200} block>
        {text.legend}
      </Text>
      <ul className={styles.list} aria-labelledby={headingId}>
        {rows.map((row) => (
          <IndicatorCard key={row.indicatorId} row={row} locale={locale} text={text} />
        ))}
      </ul>
    </div>
  );
}

function IndicatorCard({
  row,
  locale,
  text,
}: {
  readonly row: SummaryRow;
  readonly locale: Locale;
  readonly text: SummaryText;
}) {
  const styles = useStyles();
  const percent = (share: number | null): string => (share === null ? "—" : summaryCellText(share, "percent"));
  const unit = row.unit ?? "";
  const target = formatTarget(row.target, locale);
  const hasProgress = row.completion !== null || row.elapsed !== null;
  return (
    <li className={styles.card}>
      <div className={styles.top}>
        <Text weight="semibold" className={styles.name}>
          {row.name}
        </Text>
        <Badge appearance="tint" color={STATUS_BADGE[row.status]}>
          {statusLabel(row.status, locale)}
        </Badge>
      </div>
      {hasProgress ? (
        <>
          {/* The bar repeats the sentence below it for the eye; screen readers get the sentence. */}
          <div className={styles.bar} aria-hidden="true">
            <ProgressBar thickness="large" color={STATUS_BAR[row.status]} value={clampShare(row.completion ?? 0)} />
            {row.elapsed !== null && (
              <span className={styles.marker} style={{ left: `${clampShare(row.elapsed) * 100}%` }} />
            )}
          </div>
          <Text size={200}>
            {fill(text.progress, { completion: percent(row.completion), elapsed: percent(row.elapsed) })}
          </Text>
        </>
      ) : (
        <Text size={200}>
          {fill(text.noProgress, {
            reason: row.reason === null ? text.noFigure : notAssessableText(row.reason, locale),
          })}
        </Text>
      )}
      <Text size={200} className={styles.detail}>
        {row.latest === null
          ? fill(text.noLatest, { target })
          : fill(text.latest, {
              value: `${summaryCellText(row.latest.value, "number")}${unit}`,
              year: row.latest.year,
              target,
            })}
      </Text>
    </li>
  );
}
