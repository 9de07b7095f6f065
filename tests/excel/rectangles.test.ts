import fc from "fast-check";
import { rectangles } from "../../src/excel/check";

const cell = fc.record({ row: fc.nat(30), column: fc.nat(14) });

describe("merging flagged cells into rectangles", () => {
  it("covers exactly the flagged cells, each once", () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 200 }), (cells) => {
        const wanted = new Set(cells.map(({ row, column }) => `${row}:${column}`));
        const covered: string[] = [];
        for (const r of rectangles(cells)) {
          for (let row = r.top; row <= r.bottom; row++) {
            for (let column = r.left; column <= r.right; column++) covered.push(`${row}:${column}`);
          }
        }
        expect(covered.length).toBe(wanted.size);
        expect(new Set(covered)).toEqual(wanted);
      }),
    );
  });

  it("writes a full block as one rectangle and a column of flags as one", () => {
    const block = Array.from({ length: 2000 }, (_, row) =>
      Array.from({ length: 15 }, (_, column) => ({ row, column })),
    ).flat();
    expect(rectangles(block)).toEqual([{ top: 0, left: 0, bottom: 1999, right: 14 }]);
    expect(
      rectangles([
        { row: 4, column: 9 },
        { row: 5, column: 9 },
        { row: 6, column: 9 },
      ]),
    ).toEqual([{ top: 4, left: 9, bottom: 6, right: 9 }]);
  });
});
