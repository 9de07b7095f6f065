import { Text } from "@fluentui/react-components";
import { usePane } from "../pane";

/** Placeholder until the view is built. */
export function CheckView() {
  const pane = usePane();
  return <Text>{pane.text.tabs.check}</Text>;
}
