import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  makeStyles,
  Radio,
  RadioGroup,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownloadRegular, ArrowResetRegular } from "@fluentui/react-icons";
import { useId } from "react";
import { LOCALES, type Locale } from "../../core/messages";
import { LANGUAGE_NAMES, type WorkbenchText } from "./strings";

export interface ToolbarProps {
  readonly locale: Locale;
  readonly text: WorkbenchText;
  onLocale(locale: Locale): void;
  /** Called once the person confirmed. */
  onReset(): void;
  onDownload(): void;
}

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
  },
  language: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

/** The page's own controls: the language Office would run in, a fresh workbook, and a copy of this one. */
export function Toolbar({ locale, text, onLocale, onReset, onDownload }: ToolbarProps) {
  const styles = useStyles();
  const languageLabel = useId();
  return (
    <div className={styles.bar}>
      <div className={styles.language}>
        <span id={languageLabel}>{text.language}</span>
        <RadioGroup
          layout="horizontal"
          aria-labelledby={languageLabel}
          value={locale}
          onChange={(_event, data) => {
            const chosen = LOCALES.find((candidate) => candidate === data.value);
            if (chosen !== undefined) onLocale(chosen);
          }}
        >
          {LOCALES.map((candidate) => (
            <Radio
              key={candidate}
              value={candidate}
              label={<span lang={candidate}>{LANGUAGE_NAMES[candidate]}</span>}
            />
          ))}
        </RadioGroup>
      </div>
      <Button icon={<ArrowDownloadRegular />} onClick={onDownload}>
        {text.download}
      </Button>
      <Dialog>
        <DialogTrigger disableButtonEnhancement>
          <Button icon={<ArrowResetRegular />}>{text.reset}</Button>
        </DialogTrigger>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{text.resetTitle}</DialogTitle>
            <DialogContent>{text.resetBody}</DialogContent>
            <DialogActions>
              <DialogTrigger disableButtonEnhancement>
                <Button appearance="secondary">{text.cancel}</Button>
              </DialogTrigger>
              <DialogTrigger disableButtonEnhancement>
                <Button appearance="primary" onClick={onReset}>
                  {text.resetConfirm}
                </Button>
              </DialogTrigger>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
