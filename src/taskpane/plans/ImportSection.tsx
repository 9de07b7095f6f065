import { Button, Field, makeStyles, Text, Textarea, tokens } from "@fluentui/react-components";
import { DocumentSearchRegular } from "@fluentui/react-icons";
import { useCallback, useId, useState, type ChangeEvent } from "react";
import { decodeText } from "../../core/decode";
import type { Locale } from "../../core/messages";
import { fill } from "../strings";
import { draftFromText, type Draft } from "./draft";
import { draftEdited } from "./draft-edit";
import { ImportPreview } from "./ImportPreview";
import type { KnownPlan } from "./plan-id";
import { MAX_FILE_BYTES, MAX_FILE_SIZE_TEXT, readFileBytes } from "./read-file";
import { ReplaceDraftConfirm, type Replacement } from "./ReplaceDraftConfirm";
import type { PlansText } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  file: { maxWidth: "100%", minWidth: 0 },
  status: { overflowWrap: "anywhere" },
  extract: { alignSelf: "flex-start" },
});

type TextProblem = "empty" | "no-indicators";

export interface ImportSectionProps {
  readonly known: readonly KnownPlan[];
  readonly text: PlansText;
  readonly locale: Locale;
  readonly onPopulated: () => void;
}

/**
 * 导入: plan text pasted or opened from a .txt file (any encoding a bureau's file comes in), read by the same
 * extractor as the built-in catalogs, then previewed for correction. Extraction runs synchronously: a 150 KB
 * plan takes some 25 ms.
 */
export function ImportSection({ known, text, locale, onPopulated }: ImportSectionProps) {
  const styles = useStyles();
  const headingId = useId();
  const words = text.import;
  const [source, setSource] = useState("");
  const [draft, setDraft] = useState<Draft | null>(null);
  /** The draft as extracted, to tell whether the person has changed it. */
  const [extracted, setExtracted] = useState<Draft | null>(null);
  const [pending, setPending] = useState<Replacement | null>(null);
  const [textProblem, setTextProblem] = useState<TextProblem | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [status, setStatus] = useState("");

  const extract = (plain: string) => {
    const outcome = draftFromText(plain);
    setDraft(outcome.ok ? outcome.draft : null);
    setExtracted(outcome.ok ? outcome.draft : null);
    setTextProblem(outcome.ok ? null : outcome.code);
    setStatus(
      outcome.ok
        ? fill(words.found, { count: outcome.draft.entries.length, statements: outcome.draft.statements })
        : "",
    );
  };

  /** Extracts anew, asking first when that would throw away the person's work on the preview. */
  const replaceWith = (replacement: Replacement) => {
    if (draft !== null && extracted !== null && draftEdited(draft, extracted)) setPending(replacement);
    else replace(replacement);
  };

  const replace = (replacement: Replacement) => {
    setPending(null);
    if (replacement.file !== null) setSource(replacement.text);
    extract(replacement.text);
  };

  const open = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (file === undefined) return;
    try {
      if (file.size > MAX_FILE_BYTES) {
        setFileProblem(fill(words.tooLarge, { file: file.name, limit: MAX_FILE_SIZE_TEXT }));
        return;
      }
      const decoded = decodeText(await readFileBytes(file));
      if (!decoded.ok) {
        setFileProblem(words.binary);
        return;
      }
      setFileProblem(null);
      replaceWith({ text: decoded.text, file: file.name });
    } catch {
      // The browser's reason is in the browser's language, not the pane's, and names nothing a person can act on.
      setFileProblem(fill(words.unreadable, { file: file.name }));
    } finally {
      // The same file chosen again (after editing it elsewhere) is read again.
      input.value = "";
    }
  };

  const onDraft = useCallback(
    (change: (current: Draft) => Draft) => setDraft((current) => (current === null ? null : change(current))),
    [],
  );

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} className={styles.heading} size={400} weight="semibold" block>
        {words.title}
      </Text>
      <Field
        label={words.textLabel}
        hint={words.textHint}
        {...(textProblem === null
          ? {}
          : {
              validationState: "error" as const,
              validationMessage: textProblem === "empty" ? words.empty : words.noIndicators,
            })}
      >
        <Textarea resize="vertical" rows={6} value={source} onChange={(_event, data) => setSource(data.value)} />
      </Field>
      <Field
        label={words.fileLabel}
        hint={words.fileHint}
        {...(fileProblem === null ? {} : { validationState: "error" as const, validationMessage: fileProblem })}
      >
        {(fieldProps) => (
          <input
            {...fieldProps}
            className={styles.file}
            type="file"
            accept=".txt,text/plain"
            onChange={(event) => void open(event)}
          />
        )}
      </Field>
      <Button
        className={styles.extract}
        icon={<DocumentSearchRegular />}
        onClick={() => replaceWith({ text: source, file: null })}
      >
        {words.extract}
      </Button>
      {pending !== null && (
        <ReplaceDraftConfirm replacement={pending} text={text} onReplace={replace} onKeep={() => setPending(null)} />
      )}
      <Text role="status" className={styles.status} block>
        {status}
      </Text>
      {draft !== null && (
        <ImportPreview
          draft={draft}
          onDraft={onDraft}
          known={known}
          text={text}
          locale={locale}
          announce={setStatus}
          onPopulated={onPopulated}
        />
      )}
    </section>
  );
}
