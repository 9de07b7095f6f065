import { figureFailureText, type Locale } from "../../core/messages";
import { fill } from "../strings";
import type { FieldIssue } from "./draft-plan";
import type { PlansText } from "./strings";

/** A field's problem as the sentence shown under it; `required` needs the field's own wording. */
export function issueText(issue: FieldIssue, required: string, text: PlansText, locale: Locale): string {
  const words = text.preview;
  switch (issue.code) {
    case "required":
      return required;
    case "not-a-figure":
      return fill(words.notAFigure, { reason: figureFailureText(issue.failure, locale) });
    case "unit-mismatch":
      return issue.expected === ""
        ? fill(words.unitMissing, { unit: issue.unit })
        : fill(words.unitMismatch, { unit: issue.unit, expected: issue.expected });
    case "single-value":
      return words.baselineSingle;
    case "duplicate":
      return fill(words.duplicate, { other: issue.other });
    case "year":
      return words.yearInvalid;
    case "end-before-start":
      return words.endBeforeStart;
  }
}
