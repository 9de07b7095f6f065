import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import type { Locale } from "../core/messages";
import type { HostKind } from "../excel/host";
import type { Catalog } from "../plans";
import { uiStrings } from "./strings";

export interface AppProps {
  readonly locale: Locale;
  /** Where the pane runs; outside Excel there is no workbook to act on, and the pane says so. */
  readonly host: HostKind;
  readonly plans: readonly Catalog[];
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
  },
  plans: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
});

export function App({ locale, host, plans }: AppProps) {
  const styles = useStyles();
  const text = uiStrings(locale);
  return (
    <main className={styles.root} lang={locale}>
      <header>
        <Text as="h1" size={500} weight="semibold" block>
          {text.title}
        </Text>
        <Text as="p" size={200} block>
          {text.subtitle}
        </Text>
      </header>
      <MessageBar intent={host === "browser" ? "warning" : "success"}>
        <MessageBarBody>{host === "browser" ? text.notInExcel : text.ready}</MessageBarBody>
      </MessageBar>
      <section aria-labelledby="built-in-plans">
        <Text as="h2" id="built-in-plans" size={400} weight="semibold" block>
          {text.builtInPlans}
        </Text>
        <ul className={styles.plans}>
          {plans.map((plan) => (
            <li key={plan.id}>
              <Text block weight="semibold">
                {plan.title}
              </Text>
              <Text block size={200}>
                {[
                  plan.region,
                  text.planFacts
                    .replace("{period}", `${plan.period.start}–${plan.period.end}`)
                    .replace("{count}", String(plan.indicators.length)),
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </Text>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
