import { printable, progressBar, type Terminal } from "../../src/cli/progress";

function terminal(columns = 60): Terminal & { readonly output: () => string } {
  let written = "";
  return { columns, write: (text) => (written += text), output: () => written };
}

/** What the terminal shows on its last line: the text after the last carriage return and erase-line. */
const lastLine = (output: string): string => output.split("\r\u001b[K").at(-1) ?? "";

describe("progressBar", () => {
  it("redraws one line in place with the share done, the count and the file", () => {
    const tty = terminal();
    const bar = progressBar(tty, 4, () => undefined);
    bar.show(0, "锦江区.xlsx");
    bar.show(2, "青羊区.xlsx");
    expect(tty.output()).not.toContain("\n");
    expect(lastLine(tty.output())).toBe(`[${"█".repeat(12)}${"░".repeat(12)}] 2/4  青羊区.xlsx`);
    bar.finish();
    expect(lastLine(tty.output())).toBe("");
  });

  it("keeps within the terminal's width, counting a CJK character as two columns and keeping the name's end", () => {
    const tty = terminal(60);
    const bar = progressBar(tty, 200, () => undefined);
    bar.show(7, "回收/二〇一八年/成都市锦江区科技局填报.xlsx");
    const shown = lastLine(tty.output());
    expect(shown.startsWith("[")).toBe(true);
    expect(shown).toMatch(/ {2}7\/200 {2}….*填报\.xlsx$/u);
    const width = [...shown].reduce((sum, char) => sum + (/[\u2e80-\ua4cf\uff00-\uff60]/u.test(char) ? 2 : 1), 0);
    expect(width).toBeLessThanOrEqual(59);
    expect(width).toBeGreaterThan(50);
  });

  it("prints a line above the bar and draws the bar again below it", () => {
    const tty = terminal();
    const bar = progressBar(tty, 2, () => undefined);
    bar.show(1, "a.xlsx");
    bar.log("a.xlsx 已损坏");
    expect(tty.output()).toContain("\r\u001b[Ka.xlsx 已损坏\n");
    expect(lastLine(tty.output())).toContain("1/2  a.xlsx");
  });

  it("draws nothing without a terminal, and sends lines to stderr as plain lines", () => {
    const lines: string[] = [];
    const bar = progressBar(null, 3, (line) => lines.push(line));
    bar.show(0, "a.xlsx");
    bar.log("a.xlsx 已损坏");
    bar.finish();
    expect(lines).toEqual(["a.xlsx 已损坏"]);
  });

  it("never lets a file name drive the terminal", () => {
    const tty = terminal();
    progressBar(tty, 1, () => undefined).show(0, "evil\u001b[2J\u0007.xlsx");
    expect(lastLine(tty.output())).toMatch(/evil\?\[2J\?\.xlsx$/u);
    expect(printable("a\r\nb\u009bc")).toBe("a??b?c");
  });

  it("assumes 80 columns where the terminal reports none, and drops a name with no room rather than show a stub", () => {
    const unsized = terminal(0);
    progressBar(unsized, 6, () => undefined).show(1, "回收/坏的.xlsx");
    expect(lastLine(unsized.output())).toMatch(/ 1\/6 {2}回收\/坏的\.xlsx$/u);
    const narrow = terminal(34);
    progressBar(narrow, 6, () => undefined).show(1, "回收/坏的.xlsx");
    expect(lastLine(narrow.output())).toMatch(/ 1\/6 {2}$/u);
  });
});
