import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { attributeLabel, formatTarget, type Locale } from "../../core/messages";
import type { Plan } from "../../core/model";
import { fill } from "../strings";
import type { PlansText } from "./strings";

const useStyles = makeStyles({
  heading: { margin: 0, overflowWrap: "anywhere" },
  list: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { overflowWrap: "anywhere" },
  facts: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
});

export interface CatalogDetailsProps {
  readonly plan: Plan;
  readonly text: PlansText;
  readonly locale: Locale;
}

/** The chosen plan's indicators as the sheet will list them: name, unit, target, attribute. */
export function CatalogDetails({ plan, text, locale }: CatalogDetailsProps) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Text as="h4" id={headingId} className={styles.heading} weight="semibold" block>
        {fill(text.indicatorsOf, { title: plan.title, count: plan.indicators.length })}
      </Text>
      {/* Name, then its facts: a description list, so the plans above stay the view's only list. */}
      <dl className={styles.list}>
        {plan.indicators.map((indicator) => (
          <div key={indicator.id} className={styles.item}>
            <dt>{indicator.name}</dt>
            <dd className={styles.facts}>
              {[
                fill(text.factUnit, { unit: indicator.unit ?? text.noUnit }),
                fill(text.factTarget, { target: formatTarget(indicator.target, locale), year: indicator.target.year }),
                ...(indicator.attribute === null
                  ? []
                  : [fill(text.factAttribute, { attribute: attributeLabel(indicator.attribute, locale) })]),
              ].join(" · ")}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
