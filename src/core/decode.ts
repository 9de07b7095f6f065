/**
 * Bytes of a plan file → text. Chinese government files come as UTF-8 (with or without BOM), UTF-16 from Word's
 * "Unicode text", or GB18030/GBK from older systems; a byte sequence that is not valid UTF-8 is read as GB18030,
 * which includes GBK and GB2312. Pure, so tests need no files; shared by the command line and the task pane.
 */
export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly encoding: "utf-8" | "utf-16le" | "utf-16be" | "gb18030" }
  | { readonly ok: false; readonly code: "binary" };

export function decodeText(bytes: Uint8Array): DecodeResult {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { ok: true, text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { ok: true, text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { ok: true, text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  // A NUL byte never occurs in UTF-8 or GB18030 text: this is a Word, PDF or spreadsheet file, not plain text.
  if (bytes.includes(0)) return { ok: false, code: "binary" };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { ok: true, text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}
