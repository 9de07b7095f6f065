import { Button, Field, Input, makeStyles, Text, Textarea, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { usePane } from "../pane";
import { fill } from "../strings";
import type { FindingItem } from "./items";
import type { CheckText } from "./strings";

export interface ExplanationEditorProps {
  /** A warning whose cell needs an explanation. */
  readonly item: FindingItem;
  readonly text: CheckText;
  /** Move focus into the editor when it opens: the person chose the item to write about it. */
  readonly focusOnOpen: boolean;
  readonly onSaved: () => void;
  readonly onClose: () => void;
}

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * Writes the 审核说明 of one cell, prefilled with the latest one (a returned explanation is rewritten, not
 * retyped). Explanations are signed: where neither Office nor the workbook knows the name, it is asked for here,
 * once, and kept in the workbook.
 */
export function ExplanationEditor({ item, text, focusOnOpen, onSaved, onClose }: ExplanationEditorProps) {
  const styles = useStyles();
  const pane = usePane();
  const words = text.editor;
  const cell = item.row?.reviewedCells.find((reviewed) => reviewed.year === item.year);
  const [draft, setDraft] = useState(cell?.explanation?.text ?? "");
  const [name, setName] = useState("");
  const [draftMissing, setDraftMissing] = useState(false);
  const [nameMissing, setNameMissing] = useState(false);
  const draftRef = useRef<HTMLTextAreaElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const needsName = (pane.workbook?.officeUserName() ?? null) === null && (pane.overview?.userName ?? null) === null;

  useEffect(() => {
    if (focusOnOpen) draftRef.current?.focus();
  }, [focusOnOpen]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const explanation = draft.trim();
    const signer = name.trim();
    setDraftMissing(explanation === "");
    setNameMissing(needsName && signer === "");
    if (explanation === "") return draftRef.current?.focus();
    if (needsName && signer === "") return nameRef.current?.focus();
    if (needsName && !(await pane.setUserName(signer))) return;
    if (await pane.saveExplanation({ indicatorId: item.indicatorId, year: item.year, text: explanation })) onSaved();
  };

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    onClose();
  };

  const returned = cell?.state === "returned" ? cell.decision : null;
  return (
    <form className={styles.form} onSubmit={(event) => void save(event)} onKeyDown={closeOnEscape} noValidate>
      {returned !== null && (
        <Text block>
          {returned.comment.trim() === ""
            ? fill(words.returnedNoComment, { reviewer: returned.reviewer })
            : fill(words.returned, { reviewer: returned.reviewer, comment: returned.comment })}
        </Text>
      )}
      <Field
        label={fill(words.label, { name: item.name, year: fill(text.year, { year: item.year }) })}
        hint={words.hint}
        validationState={draftMissing ? "error" : "none"}
        validationMessage={draftMissing ? words.empty : null}
      >
        <Textarea
          textarea={{ ref: draftRef }}
          value={draft}
          resize="vertical"
          onChange={(_event, data) => {
            setDraft(data.value);
            if (data.value.trim() !== "") setDraftMissing(false);
          }}
        />
      </Field>
      {needsName && (
        <Field
          label={words.name}
          hint={words.nameHint}
          validationState={nameMissing ? "error" : "none"}
          validationMessage={nameMissing ? words.nameEmpty : null}
        >
          <Input
            input={{ ref: nameRef }}
            value={name}
            autoComplete="name"
            onChange={(_event, data) => {
              setName(data.value);
              if (data.value.trim() !== "") setNameMissing(false);
            }}
          />
        </Field>
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabledFocusable={pane.busy !== null}>
          {words.save}
        </Button>
        <Button type="button" onClick={onClose}>
          {words.cancel}
        </Button>
      </div>
    </form>
  );
}
