import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { useId, useMemo, useState } from "react";
import { DEFAULT_PLAN_ID, type Catalog } from "../../plans";
import { planOf } from "../../plans/schema";
import { usePane } from "../pane";
import { CatalogDetails } from "./CatalogDetails";
import { CatalogPicker } from "./CatalogPicker";
import { ImportSection } from "./ImportSection";
import type { KnownPlan } from "./plan-id";
import { PopulateAction } from "./PopulateAction";
import { plansText } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL, minWidth: 0 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
});

export interface PlansViewProps {
  readonly plans: readonly Catalog[];
  /** Called after a populate succeeded: the shell moves on to the Check view. */
  readonly onPopulated: () => void;
}

/**
 * 计划: pick a built-in plan or import a plan's text, and create (or update) the workbook's monitoring sheet.
 * The plan the workbook monitors is preselected; a new workbook starts on the default plan.
 */
export function PlansView({ plans, onPopulated }: PlansViewProps) {
  const styles = useStyles();
  const pane = usePane();
  const text = plansText(pane.locale);
  const builtInId = useId();
  const [picked, setPicked] = useState<string | null>(null);

  const monitored = pane.overview?.plan ?? null;
  const inCatalog = (id: string | null) => plans.some((catalog) => catalog.id === id);
  // A workbook monitoring an imported plan preselects nothing: the default would invite replacing it.
  const preselected = monitored === null ? (inCatalog(DEFAULT_PLAN_ID) ? DEFAULT_PLAN_ID : null) : monitored.id;
  const chosenId = picked ?? (inCatalog(preselected) ? preselected : null);
  const chosen = plans.find((catalog) => catalog.id === chosenId) ?? null;
  const chosenPlan = useMemo(() => (chosen === null ? null : planOf(chosen)), [chosen]);
  const known = useMemo<readonly KnownPlan[]>(
    () => (monitored === null ? plans : [monitored, ...plans]),
    [monitored, plans],
  );

  return (
    <div className={styles.root}>
      <div className={styles.section}>
        <Text as="h2" className={styles.heading} size={500} weight="semibold" block>
          {text.title}
        </Text>
        <Text block>{text.intro}</Text>
      </div>
      <section className={styles.section} aria-labelledby={builtInId}>
        <Text as="h3" id={builtInId} className={styles.heading} size={400} weight="semibold" block>
          {text.builtIn}
        </Text>
        <CatalogPicker
          catalogs={plans}
          chosenId={chosenId}
          monitoredId={monitored?.id ?? null}
          text={text}
          onChoose={setPicked}
        />
        {chosenPlan !== null && <CatalogDetails plan={chosenPlan} text={text} locale={pane.locale} />}
        <PopulateAction plan={chosenPlan} onPopulated={onPopulated} />
      </section>
      <ImportSection known={known} text={text} locale={pane.locale} onPopulated={onPopulated} />
    </div>
  );
}
