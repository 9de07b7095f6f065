import { decodeText } from "../../src/core/decode";

// "规划指标" written by hand in each encoding a bureau's file may come in.
const GB18030 = [0xb9, 0xe6, 0xbb, 0xae, 0xd6, 0xb8, 0xb1, 0xea];
const UTF8 = [0xe8, 0xa7, 0x84, 0xe5, 0x88, 0x92, 0xe6, 0x8c, 0x87, 0xe6, 0xa0, 0x87];
const UTF16LE = [0xc4, 0x89, 0x12, 0x52, 0x07, 0x63, 0x07, 0x68];

describe("decodeText", () => {
  it.each([
    ["UTF-8 without BOM", UTF8, "utf-8"],
    ["UTF-8 with BOM", [0xef, 0xbb, 0xbf, ...UTF8], "utf-8"],
    ["UTF-16 LE with BOM", [0xff, 0xfe, ...UTF16LE], "utf-16le"],
    ["UTF-16 BE with BOM", [0xfe, 0xff, ...swapPairs(UTF16LE)], "utf-16be"],
    ["GB18030 (not valid UTF-8)", GB18030, "gb18030"],
  ])("reads %s", (_name, bytes, encoding) => {
    expect(decodeText(Uint8Array.from(bytes))).toEqual({ ok: true, text: "规划指标", encoding });
  });

  it("refuses a binary file instead of showing garbage", () => {
    expect(decodeText(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toEqual({ ok: false, code: "binary" });
  });
});

function swapPairs(bytes: readonly number[]): number[] {
  return bytes.flatMap((_, i) => (i % 2 === 0 ? [bytes[i + 1] ?? 0, bytes[i] ?? 0] : []));
}
