import { entry, payloadBytes, requests, REQUEST_BYTES, type WriteOp } from "../../src/excel/write-ops";

const block = (rows: number, text: string): WriteOp => ({
  kind: "values",
  sheet: "指标监测",
  range: { top: 4, left: 0, bottom: 4 + rows - 1, right: 1 },
  values: Array.from({ length: rows }, (_, i) => [i, text]),
});

describe("cutting writes into requests Excel accepts", () => {
  it("sends small writes in one request", () => {
    const ops: WriteOp[] = [block(10, "科技进步贡献率"), { kind: "protect", sheet: "指标监测" }];
    expect(requests(ops)).toEqual([ops]);
  });

  it("splits a block of values too large for one request by rows, in order, losing nothing", () => {
    const big = block(4000, "指".repeat(1000));
    const batches = requests([{ kind: "unprotect", sheet: "指标监测" }, big, { kind: "protect", sheet: "指标监测" }]);
    expect(batches.length).toBeGreaterThan(2);
    for (const batch of batches) expect(payloadBytes(batch)).toBeLessThanOrEqual(REQUEST_BYTES);
    const flat = batches.flat();
    expect(flat[0]?.kind).toBe("unprotect");
    expect(flat[flat.length - 1]?.kind).toBe("protect");
    const pieces = flat.filter((op): op is Extract<WriteOp, { kind: "values" }> => op.kind === "values");
    expect(pieces.flatMap((piece) => piece.values)).toEqual(big.kind === "values" ? big.values : []);
    pieces.forEach((piece, i) => {
      expect(piece.range.bottom - piece.range.top + 1).toBe(piece.values.length);
      if (i > 0) expect(piece.range.top).toBe((pieces[i - 1]?.range.bottom ?? 0) + 1);
    });
  });

  it("estimates UTF-8 bytes: a Chinese character is three", () => {
    expect(payloadBytes([block(1, "指".repeat(1000))]) - payloadBytes([block(1, "")])).toBe(3000);
  });
});

describe("values written into General cells", () => {
  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ["-5", "'-5"],
    ["0012", "'0012"],
    ["1.2万", "'1.2万"],
    ["", ""],
  ])("keeps the text %j as text", (text, written) => {
    expect(entry(text, false)).toBe(written);
  });

  it.each([[12.5], [true], [0]])("writes %j as it is", (value) => {
    expect(entry(value, false)).toBe(value);
  });

  it("writes text as typed into a text-formatted cell", () => {
    expect(entry("=1+1", true)).toBe("=1+1");
  });
});
