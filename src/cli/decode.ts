// The decoder lives in core so the task pane's import can read the same files the command line reads.
export { decodeText, type DecodeResult } from "../core/decode";
