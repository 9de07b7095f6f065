import { makeStyles, Text } from "@fluentui/react-components";

const useStyles = makeStyles({ heading: { margin: 0 } });

export interface ViewIntroProps {
  readonly title: string;
  readonly intro: string;
  /** For a view that moves focus to its heading (after its list emptied); the heading then takes focus. */
  readonly titleId?: string;
}

/** A view's heading (h2, under the pane's h1) and the sentence that says what the view is for. */
export function ViewIntro({ title, intro, titleId }: ViewIntroProps) {
  const styles = useStyles();
  return (
    <>
      <Text
        as="h2"
        size={500}
        weight="semibold"
        className={styles.heading}
        block
        {...(titleId === undefined ? {} : { id: titleId, tabIndex: -1 })}
      >
        {title}
      </Text>
      <Text as="p" block>
        {intro}
      </Text>
    </>
  );
}
