import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import type { Decision } from "../../core/review";
import { usePane } from "../pane";
import { fill } from "../strings";
import { ReviewItemCard } from "./ReviewItemCard";
import { ReviewProgressBar } from "./ReviewProgressBar";
import { CheckFirst } from "../shared/CheckFirst";
import {
  cellHistory,
  matchesFilter,
  rememberWarnings,
  reviewItems,
  reviewProgress,
  type KnownWarnings,
  type ReviewFilter,
  type ReviewItem,
} from "./review-items";
import { SignerField } from "./SignerField";
import { filterLabel, StateFilters } from "./StateFilters";
import { reviewText } from "./strings";
import { ViewIntro } from "../shared/ViewIntro";

/** Items rendered at once; a workbook of thousands of indicators can flag many cells. */
const PAGE = 50;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  recheck: { alignSelf: "flex-start" },
});

/** 审核: managers work through the flagged cells, accept or return each explanation, and see the history. */
export function ReviewView() {
  const styles = useStyles();
  const pane = usePane();
  const text = reviewText(pane.locale);
  return (
    <div className={styles.root}>
      <ViewIntro title={text.title} intro={text.intro} />
      {pane.checked === null ? <CheckFirst text={text} /> : <ReviewWork />}
    </div>
  );
}

function ReviewWork() {
  const styles = useStyles();
  const pane = usePane();
  const { checked, locale } = pane;
  const text = reviewText(locale);
  const listHeadingId = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const [filter, setFilter] = useState<ReviewFilter>("awaiting-review");
  const [shown, setShown] = useState(PAGE);
  const [signer, setSigner] = useState("");
  const [signerMissing, setSignerMissing] = useState(false);
  const [decided, setDecided] = useState<{ readonly index: number } | null>(null);

  // Accepting a cell closes its warning, so later checks no longer list it: remember what earlier checks said.
  const remembered = useRef<KnownWarnings>(new Map());
  const items = useMemo(() => {
    if (checked === null) return [];
    const found = reviewItems(checked, remembered.current);
    remembered.current = rememberWarnings(remembered.current, checked.findings);
    return found;
  }, [checked]);
  const progress = reviewProgress(items);
  const visible = items.filter((item) => matchesFilter(item, filter));
  const signerKnown = pane.workbook?.officeUserName() != null || pane.overview?.userName != null;

  // A decision can move its item out of the filter, taking the focused button with it: carry on at the next item.
  useEffect(() => {
    if (decided === null) return;
    setDecided(null);
    if (document.activeElement !== null && document.activeElement !== document.body) return;
    const headings = listRef.current?.querySelectorAll<HTMLElement>("[data-review-heading]") ?? [];
    const next = headings[Math.min(decided.index, headings.length - 1)];
    (next ?? document.getElementById(listHeadingId))?.focus();
  }, [decided, listHeadingId]);

  const decide = async (item: ReviewItem, decision: Decision, comment: string): Promise<boolean> => {
    if (!signerKnown) {
      if (signer.trim() === "") {
        setSignerMissing(true);
        nameRef.current?.focus();
        return false;
      }
      if (!(await pane.setUserName(signer))) return false;
    }
    const index = visible.indexOf(item);
    const saved = await pane.saveReview({
      indicatorId: item.indicatorId,
      year: item.year,
      decision,
      comment,
      // The decision is about the text the reviewer read; the adapter refuses it if that text was rewritten since.
      ...(item.explanation === null ? {} : { explanationAt: item.explanation.at }),
    });
    if (saved) setDecided({ index });
    return saved;
  };

  const label = filterLabel(filter, text, locale);
  return (
    <>
      <ReviewProgressBar progress={progress} text={text} />
      <Button
        className={styles.recheck}
        icon={<ArrowClockwiseRegular />}
        disabledFocusable={pane.busy !== null}
        onClick={() => void pane.check()}
      >
        {text.recheck}
      </Button>
      {!signerKnown && (
        <SignerField
          name={signer}
          missing={signerMissing}
          text={text}
          inputRef={nameRef}
          onChange={(name) => {
            setSigner(name);
            if (name.trim() !== "") setSignerMissing(false);
          }}
        />
      )}
      {items.length > 0 && (
        <StateFilters
          filter={filter}
          progress={progress}
          text={text}
          locale={locale}
          onChange={(next) => {
            setFilter(next);
            setShown(PAGE);
          }}
        />
      )}
      {items.length > 0 && (
        <div className={styles.root} ref={listRef}>
          <Text as="h3" id={listHeadingId} size={400} weight="semibold" className={styles.heading} tabIndex={-1}>
            {fill(text.listHeading, { label, count: visible.length })}
          </Text>
          {visible.length === 0 ? (
            <Text as="p">{fill(text.emptyFilter, { label })}</Text>
          ) : (
            <ul className={styles.list} aria-labelledby={listHeadingId}>
              {visible.slice(0, shown).map((item) => (
                <li key={item.key}>
                  <ReviewItemCard
                    item={item}
                    history={cellHistory(
                      pane.overview?.explanations ?? [],
                      pane.overview?.decisions ?? [],
                      item.indicatorId,
                      item.year,
                    )}
                    text={text}
                    locale={locale}
                    busy={pane.busy !== null}
                    onDecide={decide}
                    onGoTo={(address) => void pane.goTo(address)}
                  />
                </li>
              ))}
            </ul>
          )}
          {visible.length > shown && (
            <Button className={styles.recheck} onClick={() => setShown((count) => count + PAGE)}>
              {fill(text.showMore, { count: Math.min(PAGE, visible.length - shown) })}
            </Button>
          )}
        </div>
      )}
    </>
  );
}
