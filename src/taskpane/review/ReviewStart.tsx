import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { usePane } from "../pane";
import type { ReviewText } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
});

/**
 * Before any check since the pane opened, the view knows no flagged cells: offer the check that finds them and
 * reads the latest review states, or say why it cannot run.
 */
export function ReviewStart({ text }: { readonly text: ReviewText }) {
  const styles = useStyles();
  const pane = usePane();
  const reasonId = useId();
  if (pane.workbook !== null && pane.loaded && pane.overview === null) {
    return (
      <Text as="p" block>
        {text.noPlan}
      </Text>
    );
  }
  const reason = pane.workbook === null ? text.needsExcel : !pane.loaded ? text.loading : null;
  return (
    <div className={styles.root}>
      <Text as="p" block>
        {text.needsCheck}
      </Text>
      {reason !== null && (
        <Text as="p" id={reasonId} block>
          {reason}
        </Text>
      )}
      <Button
        appearance="primary"
        disabled={reason !== null}
        disabledFocusable={reason === null && pane.busy !== null}
        aria-describedby={reason === null ? undefined : reasonId}
        onClick={() => void pane.check()}
      >
        {text.runCheck}
      </Button>
    </div>
  );
}
