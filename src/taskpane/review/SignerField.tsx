import { Field, Input } from "@fluentui/react-components";
import type { Ref } from "react";
import type { ReviewText } from "./strings";

export interface SignerFieldProps {
  readonly name: string;
  readonly missing: boolean;
  readonly text: ReviewText;
  readonly inputRef: Ref<HTMLInputElement>;
  readonly onChange: (name: string) => void;
}

/** Excel does not say who is there: the reviewer types a name once, saved before the first decision. */
export function SignerField({ name, missing, text, inputRef, onChange }: SignerFieldProps) {
  return (
    <Field
      label={text.signerLabel}
      hint={text.signerHint}
      required
      validationState={missing ? "error" : "none"}
      validationMessage={missing ? text.signerRequired : null}
    >
      <Input
        input={{ ref: inputRef }}
        value={name}
        autoComplete="name"
        onChange={(_event, data) => onChange(data.value)}
      />
    </Field>
  );
}
