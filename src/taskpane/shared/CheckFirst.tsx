import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { usePane } from "../pane";
/** What a view says before its first check; each view words it for what the check will give it. */
export interface CheckFirstText {
  readonly needsCheck: string;
  readonly runCheck: string;
  readonly needsExcel: string;
  readonly loading: string;
  readonly noPlan: string;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
});

/**
 * Before any check since the pane opened, the Review and Summary views have nothing to show: offer the check, or
 * say why it cannot run (outside Excel, still reading, or no monitoring sheet yet).
 */
export function CheckFirst({ text }: { readonly text: CheckFirstText }) {
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
