import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useEffect, useId, useRef, type KeyboardEvent } from "react";
import { fill } from "../strings";
import type { PlansText } from "./strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorStatusWarningBorder1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: "anywhere",
  },
  heading: { margin: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** What would replace the edited preview: the text in the box, or a file just opened (by its name). */
export interface Replacement {
  readonly text: string;
  readonly file: string | null;
}

export interface ReplaceDraftConfirmProps {
  readonly replacement: Replacement;
  readonly text: PlansText;
  readonly onReplace: (replacement: Replacement) => void;
  readonly onKeep: () => void;
}

/**
 * Asks, beside the control that started it, before a new extraction throws away what the person did to the
 * preview. Focus moves to “keep”, so a screen reader reads the question at once and Enter pressed in passing loses
 * nothing; Escape keeps too; either answer returns focus to the control that asked. Inline rather than a modal
 * dialog: nothing to trap, and it fits the narrow pane.
 */
export function ReplaceDraftConfirm({ replacement, text, onReplace, onKeep }: ReplaceDraftConfirmProps) {
  const styles = useStyles();
  const words = text.replace;
  const titleId = useId();
  const bodyId = useId();
  const keepId = useId();
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    document.getElementById(keepId)?.focus();
  }, [keepId]);

  const answer = (replace: boolean) => {
    opener.current?.focus();
    if (replace) onReplace(replacement);
    else onKeep();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    answer(false);
  };

  return (
    <div
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      className={styles.root}
      onKeyDown={onKeyDown}
    >
      <Text as="h4" id={titleId} className={styles.heading} weight="semibold" block>
        {words.title}
      </Text>
      <Text id={bodyId} block>
        {replacement.file === null ? words.fromText : fill(words.fromFile, { file: replacement.file })}
      </Text>
      <div className={styles.actions}>
        <Button id={keepId} appearance="primary" onClick={() => answer(false)}>
          {words.keep}
        </Button>
        <Button onClick={() => answer(true)}>{words.discard}</Button>
      </div>
    </div>
  );
}
