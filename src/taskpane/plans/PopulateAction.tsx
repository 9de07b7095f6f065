import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { TableAddRegular } from "@fluentui/react-icons";
import { useId } from "react";
import type { Plan } from "../../core/model";
import { usePane } from "../pane";
import { fill } from "../strings";
import { plansText } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
  hint: { overflowWrap: "anywhere" },
});

export interface PopulateActionProps {
  /** The plan to write; null while none is chosen or the draft still has problems. */
  readonly plan: Plan | null;
  /** Why `plan` is null, when the caller knows better than “pick a plan first”. */
  readonly blocked?: string | null;
  readonly onPopulated: () => void;
}

/**
 * The 生成监测表 / 更新监测表 button and, beside it, what pressing it does (or why it cannot yet). Disabled
 * buttons stay focusable so a screen reader user reaches them and hears the reason.
 */
export function PopulateAction({ plan, blocked = null, onPopulated }: PopulateActionProps) {
  const styles = useStyles();
  const pane = usePane();
  const text = plansText(pane.locale);
  const hintId = useId();
  const monitored = pane.overview?.plan ?? null;
  const hint =
    pane.workbook === null
      ? text.needsExcel
      : !pane.loaded
        ? text.reading
        : plan === null
          ? (blocked ?? text.chooseFirst)
          : monitored === null
            ? text.createHint
            : fill(monitored.id === plan.id ? text.updateSame : text.updateOther, { title: monitored.title });
  const unavailable = pane.workbook === null || !pane.loaded || plan === null || pane.busy !== null;

  const populate = async () => {
    if (plan !== null && (await pane.populate(plan))) onPopulated();
  };

  return (
    <div className={styles.root}>
      <Text id={hintId} className={styles.hint} block>
        {hint}
      </Text>
      <Button
        appearance="primary"
        icon={<TableAddRegular />}
        disabledFocusable={unavailable}
        aria-describedby={hintId}
        onClick={() => void populate()}
      >
        {monitored === null ? text.create : text.update}
      </Button>
    </div>
  );
}
