import { Button, Field, makeStyles, SearchBox, Switch, Text, tokens } from "@fluentui/react-components";
import { useEffect, useId, useMemo, useState } from "react";
import type { Locale } from "../../core/messages";
import { usePane } from "../pane";
import { fill } from "../strings";
import { ItemDetails } from "./ItemDetails";
import { FindingList } from "./FindingList";
import { GroupFilter } from "./GroupFilter";
import {
  awaitingReview,
  checkItems,
  countGroups,
  currentAddress,
  filterItems,
  type CheckItem,
  type GroupFilter as Filter,
} from "./items";
import { checkText, type CheckText } from "./strings";
import type { CheckResult } from "../workbook";
import { ViewIntro } from "../shared/ViewIntro";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  controls: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  run: { alignSelf: "flex-start" },
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
});

/**
 * 检查: staff run the checks after typing figures, see what to fix, explain and speed up, jump to each cell, and
 * write the explanations the soft checks ask for.
 */
export function CheckView() {
  const styles = useStyles();
  const pane = usePane();
  const text = checkText(pane.locale);
  const reasonId = useId();
  const liveHintId = useId();
  const resultsHeadingId = useId();
  const titleId = useId();
  const [filter, setFilter] = useState<Filter>("all");
  const [query, setQuery] = useState("");
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [focusEditor, setFocusEditor] = useState(false);
  // Counts closings of the details, so focus moves once the render after each has happened.
  const [closings, setClosings] = useState(0);

  const { checked } = pane;
  const items = useMemo(() => (checked === null ? [] : checkItems(checked)), [checked]);
  const named = useMemo(() => filterItems(items, "all", query), [items, query]);
  const shown = useMemo(() => filterItems(named, filter, ""), [named, filter]);
  const selected = useMemo(() => items.find((item) => item.key === selectedKey) ?? null, [items, selectedKey]);

  const reason =
    pane.workbook === null
      ? text.notInExcel
      : !pane.loaded
        ? text.loading
        : pane.overview === null
          ? text.noPlan
          : null;
  const busy = pane.busy !== null;

  const choose = (item: CheckItem) => {
    setSelectedKey(item.key);
    setFocusEditor(item.group === "explain");
    const address = currentAddress(item, pane.checked);
    if (address !== null) void pane.goTo(address);
  };
  const closeDetails = () => {
    setSelectedKey(null);
    setClosings((count) => count + 1);
  };
  useEffect(() => {
    if (closings === 0) return;
    // Back to the results; when the save left nothing to do the results are gone, so to the view's title instead
    // of letting focus fall to the page.
    (document.getElementById(resultsHeadingId) ?? document.getElementById(titleId))?.focus();
  }, [closings, resultsHeadingId, titleId]);

  const setLive = async (on: boolean) => {
    if (pane.liveStarting) return;
    // The live check refreshes the last results; with none yet there is nothing to refresh, so check first.
    if (on && pane.checked === null && !(await pane.check())) return;
    await pane.setLive(on);
  };

  return (
    <div className={styles.root}>
      <ViewIntro title={text.title} intro={text.intro} titleId={titleId} />
      <div className={styles.controls}>
        <Button
          className={styles.run}
          appearance="primary"
          disabledFocusable={reason !== null || busy}
          aria-describedby={reason === null ? undefined : reasonId}
          onClick={() => void pane.check()}
        >
          {text.run}
        </Button>
        {reason !== null && (
          <Text id={reasonId} as="p" block>
            {reason}
          </Text>
        )}
      </div>
      <div className={styles.controls}>
        {/* While it switches on, the switch holds still but keeps focus: a disabled input would drop it. */}
        <Switch
          label={text.live}
          checked={pane.live || pane.liveStarting}
          disabled={reason !== null}
          aria-disabled={pane.liveStarting || undefined}
          aria-describedby={liveHintId}
          onChange={(_event, data) => void setLive(data.checked)}
        />
        <Text id={liveHintId} size={200} block>
          {text.liveHint}
        </Text>
      </div>
      <Text as="p" role="status" block>
        {checked === null ? (reason === null ? text.notChecked : "") : announcement(items, checked, text, pane.locale)}
      </Text>
      {items.length > 0 && (
        <section className={styles.results} aria-labelledby={resultsHeadingId}>
          <Text as="h3" id={resultsHeadingId} tabIndex={-1} size={400} weight="semibold" className={styles.heading}>
            {text.resultsHeading}
          </Text>
          <GroupFilter value={filter} counts={countGroups(named)} text={text} onChange={setFilter} />
          <Field label={text.search}>
            <SearchBox
              value={query}
              placeholder={text.searchPlaceholder}
              onChange={(_event, data) => setQuery(data.value)}
            />
          </Field>
          <Text size={200} block>
            {fill(text.shown, { shown: shown.length, total: items.length })}
          </Text>
          {shown.length === 0 ? (
            <Text block>{text.noMatch}</Text>
          ) : (
            <FindingList items={shown} locale={pane.locale} text={text} selectedKey={selectedKey} onChoose={choose} />
          )}
          {selected !== null && (
            <ItemDetails
              item={selected}
              text={text}
              locale={pane.locale}
              focusEditor={focusEditor}
              onSaved={closeDetails}
              onClose={closeDetails}
            />
          )}
        </section>
      )}
    </div>
  );
}

/** What a check found, in one sentence a screen reader reads out when the results change. */
function announcement(items: readonly CheckItem[], checked: CheckResult, text: CheckText, locale: Locale): string {
  const found = items.length === 0 ? text.clean : fill(text.announce, countGroups(items));
  const waiting = awaitingReview(checked);
  if (waiting === 0) return found;
  return [found, fill(text.awaiting, { count: waiting })].join(locale === "zh-CN" ? "" : " ");
}
