/** The forms `load(...)` accepts in office.js, reduced to property paths (`format/fill/color` → three steps). */

export type PropertyPath = readonly string[];

const isRecord = (v: unknown): v is Readonly<Record<string, unknown>> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function fromString(text: string): PropertyPath[] {
  return text
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part) => part.split("/").map((step) => step.trim()));
}

/** `{ values: true, format: { fill: { color: true } }, $all: true }`: the option-object form. */
function fromOptions(options: Readonly<Record<string, unknown>>, prefix: PropertyPath): PropertyPath[] {
  const paths: PropertyPath[] = [];
  for (const [key, value] of Object.entries(options)) {
    if (key === "$all" && value === true) paths.push(prefix);
    else if (key.startsWith("$")) continue;
    else if (value === true) paths.push([...prefix, key]);
    else if (isRecord(value)) paths.push(...fromOptions(value, [...prefix, key]));
  }
  return paths;
}

/**
 * Property paths named by a load call; an empty path means "every scalar property of the object".
 * `undefined` when the argument is none of office.js's forms.
 *
 * @example
 * parseLoadSpec("values, numberFormat") // → [["values"], ["numberFormat"]]
 * parseLoadSpec({ select: "name", expand: "protection" }) // → [["name"], ["protection"]]
 * parseLoadSpec(undefined) // → [[]]
 */
export function parseLoadSpec(spec: unknown): PropertyPath[] | undefined {
  if (spec === undefined || spec === null) return [[]];
  if (typeof spec === "string") return fromString(spec);
  if (Array.isArray(spec)) {
    if (!spec.every((item) => typeof item === "string")) return undefined;
    return spec.flatMap((item: string) => fromString(item));
  }
  if (!isRecord(spec)) return undefined;
  if ("select" in spec || "expand" in spec) {
    const select = typeof spec["select"] === "string" ? fromString(spec["select"]) : [];
    const expand = typeof spec["expand"] === "string" ? fromString(spec["expand"]) : [];
    return [...select, ...expand];
  }
  const paths = fromOptions(spec, []);
  return paths.length === 0 ? [[]] : paths;
}
