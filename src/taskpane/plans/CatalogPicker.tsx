import { makeStyles, Radio, RadioGroup, Text, tokens } from "@fluentui/react-components";
import { useId, useMemo } from "react";
import type { Catalog } from "../../plans";
import { fill } from "../strings";
import { groupCatalogs } from "./catalog-groups";
import type { PlansText } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  label: { display: "flex", flexDirection: "column", overflowWrap: "anywhere" },
  meta: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, padding: 0, listStyleType: "none" },
});

export interface CatalogPickerProps {
  readonly catalogs: readonly Catalog[];
  readonly chosenId: string | null;
  /** The plan the workbook monitors, marked in the list. */
  readonly monitoredId: string | null;
  readonly text: PlansText;
  readonly onChoose: (id: string) => void;
}

/** The built-in plans under one heading per region and period, one choice among all of them. */
export function CatalogPicker({ catalogs, chosenId, monitoredId, text, onChoose }: CatalogPickerProps) {
  const styles = useStyles();
  const name = useId();
  const groups = useMemo(() => groupCatalogs(catalogs), [catalogs]);
  return (
    <div className={styles.root}>
      {groups.map((group) => (
        <CatalogGroupChoice
          key={group.key}
          heading={fill(text.groupHeading, {
            region: group.region ?? text.otherRegion,
            start: group.period.start,
            end: group.period.end,
          })}
          catalogs={group.catalogs}
          name={name}
          chosenId={chosenId}
          monitoredId={monitoredId}
          text={text}
          onChoose={onChoose}
        />
      ))}
    </div>
  );
}

interface CatalogGroupChoiceProps extends Omit<CatalogPickerProps, "catalogs"> {
  readonly heading: string;
  readonly catalogs: readonly Catalog[];
  readonly name: string;
}

function CatalogGroupChoice({
  heading,
  catalogs,
  name,
  chosenId,
  monitoredId,
  text,
  onChoose,
}: CatalogGroupChoiceProps) {
  const styles = useStyles();
  const headingId = useId();
  const chosenHere = catalogs.some((catalog) => catalog.id === chosenId);
  return (
    <div>
      <Text as="h4" id={headingId} className={styles.heading} weight="semibold" block>
        {heading}
      </Text>
      {/* One name across the groups: they are one choice, split under headings for reading. A list, so a
          screen reader says how many plans a group holds. */}
      <RadioGroup
        name={name}
        aria-labelledby={headingId}
        value={chosenHere ? (chosenId ?? "") : ""}
        onChange={(_event, data) => onChoose(data.value)}
      >
        <ul className={styles.list}>
          {catalogs.map((catalog) => (
            <li key={catalog.id}>
              <Radio
                value={catalog.id}
                label={
                  <span className={styles.label}>
                    <span>
                      {catalog.title}
                      {catalog.id === monitoredId ? text.monitoring : ""}
                    </span>
                    <span className={styles.meta}>
                      {fill(text.catalogMeta, {
                        start: catalog.period.start,
                        end: catalog.period.end,
                        count: catalog.indicators.length,
                      })}
                    </span>
                  </span>
                }
              />
            </li>
          ))}
        </ul>
      </RadioGroup>
    </div>
  );
}
