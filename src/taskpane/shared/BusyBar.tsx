import { Field, ProgressBar } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Busy } from "../pane";

/** Work under half a second shows nothing (a flash is noise); longer work shows what is running. */
export const BUSY_DELAY_MS = 500;

export function BusyBar({ busy }: { readonly busy: Busy }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    setShown(false);
    if (busy === null) return;
    const timer = setTimeout(() => setShown(true), BUSY_DELAY_MS);
    return () => clearTimeout(timer);
  }, [busy]);
  if (busy === null || !shown) return null;
  return (
    <Field validationMessage={busy.label} validationState="none">
      <ProgressBar aria-label={busy.label} />
    </Field>
  );
}
