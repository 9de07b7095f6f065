import { Text } from "@fluentui/react-components";
import type { Catalog } from "../../plans";
import { usePane } from "../pane";

export interface PlansViewProps {
  readonly plans: readonly Catalog[];
  /** Called after a populate succeeded: the shell moves on to the Check view. */
  readonly onPopulated: () => void;
}

/** Placeholder until the view is built. */
export function PlansView({ plans }: PlansViewProps) {
  const pane = usePane();
  return (
    <Text>
      {pane.text.tabs.plans} {plans.length}
    </Text>
  );
}
