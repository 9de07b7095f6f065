/**
 * Files larger than this are refused unread: the largest real plan's text is some 136 KB, and reading, decoding
 * and extracting a file of many MB freezes the pane.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** `MAX_FILE_BYTES` as the message names it. */
export const MAX_FILE_SIZE_TEXT = "5 MB";

/**
 * A chosen file's bytes. FileReader rather than `Blob.arrayBuffer()`: every webview Office runs the pane in has
 * it, and so does the test DOM.
 */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      reader.result instanceof ArrayBuffer
        ? resolve(new Uint8Array(reader.result))
        : reject(new Error("the file was not read as bytes"));
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.readAsArrayBuffer(file);
  });
}
