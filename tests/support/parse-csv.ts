/**
 * An RFC 4180 reader for tests, written apart from the writer under test: quoted fields may hold commas, doubled
 * quotes and line breaks; every record must end in CRLF; a line break outside quotes is an error.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === "") quoted = true;
    else if (char === ",") {
      fields.push(field);
      field = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      fields.push(field);
      records.push(fields);
      fields = [];
      field = "";
      i++;
    } else if (char === "\r" || char === "\n") throw new Error(`bare line break outside quotes at ${i}`);
    else field += char;
  }
  if (quoted) throw new Error("unterminated quotes");
  if (field !== "" || fields.length > 0) throw new Error("last record lacks its CRLF");
  return records;
}
