import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import type { HostKind } from "../excel/host";
import type { Locale } from "../core/messages";
import { uiStrings } from "./strings";

export interface AppProps {
  readonly locale: Locale;
  /** Where the pane runs; outside Excel there is no workbook to act on, and the pane says so. */
  readonly host: HostKind;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
  },
});

export function App({ locale, host }: AppProps) {
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
    </main>
  );
}
