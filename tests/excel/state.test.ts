import fc from "fast-check";
import { decodeState, encodeState, STATE_CHUNK, type WorkbookState } from "../../src/core/workbook/state";
import { CHENGDU_13 } from "../fixtures/chengdu-13";

const base: WorkbookState = {
  version: 1,
  plan: CHENGDU_13,
  sheetId: "{00000000-0001-0000-0000-000000000002}",
  sheetName: "指标监测",
  locale: "zh-CN",
  explanations: [],
  decisions: [],
  userName: null,
};

describe("the state kept in the hidden sheet", () => {
  it("comes back as it went in, through cells of at most 30,000 characters", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "grapheme", maxLength: 400 }), { maxLength: 200 }), (texts) => {
        const state: WorkbookState = {
          ...base,
          explanations: texts.map((text, i) => ({
            indicatorId: CHENGDU_13.indicators[i % 11]?.id ?? "x",
            year: 2016 + (i % 5),
            text,
            author: "张三",
            at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
          })),
        };
        const chunks = encodeState(state);
        for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(STATE_CHUNK);
        expect(decodeState(chunks.map((chunk) => [chunk]))).toEqual({ ok: true, value: state });
      }),
      { numRuns: 30 },
    );
  });

  it("never cuts a character outside the Basic Multilingual Plane in two", () => {
    const state = { ...base, userName: "𠀀".repeat(STATE_CHUNK) };
    const chunks = encodeState(state);
    expect(chunks.length).toBeGreaterThan(2);
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
    for (const chunk of chunks) expect(loneSurrogate.test(chunk)).toBe(false);
    expect(decodeState(chunks.map((chunk) => [chunk]))).toEqual({ ok: true, value: state });
  });

  it.each([
    ["a cell of other text", [["hello"]]],
    ["cut short", encodeState(base).map((chunk) => [chunk.slice(0, 100)])],
    ["another version", [[JSON.stringify({ ...base, version: 2 })]]],
    [
      "an explanation without author",
      [[JSON.stringify({ ...base, explanations: [{ indicatorId: "a", year: 2018, text: "x", at: "" }] })]],
    ],
    ["nothing", []],
  ])("is refused when it is %s", (_, values) => {
    expect(decodeState(values as unknown[][])).toEqual({ ok: false });
  });
});
