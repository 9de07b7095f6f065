/**
 * @jest-environment jsdom
 */
import { downloadBlob, REVOKE_AFTER_MS, safeFileName } from "../../src/taskpane/summary/download";

describe("downloadBlob", () => {
  const created: Blob[] = [];
  const revoked: string[] = [];
  const clicked: { name: string; href: string; inDocument: boolean }[] = [];
  const record = (event: MouseEvent): void => {
    const link = event.target;
    if (!(link instanceof HTMLAnchorElement)) return;
    clicked.push({ name: link.download, href: link.href, inDocument: document.body.contains(link) });
    // jsdom cannot navigate; the browser would save the file here.
    event.preventDefault();
  };

  beforeEach(() => {
    jest.useFakeTimers();
    created.length = 0;
    revoked.length = 0;
    clicked.length = 0;
    // jsdom has no object URLs; browsers all do.
    URL.createObjectURL = (blob: Blob) => (created.push(blob), `blob:test/${created.length}`);
    URL.revokeObjectURL = (url: string) => void revoked.push(url);
    document.addEventListener("click", record);
  });

  afterEach(() => {
    document.removeEventListener("click", record);
    jest.useRealTimers();
  });

  it("clicks a link to the blob that is in the document, then removes it", () => {
    const blob = new Blob(["指标"], { type: "text/csv" });
    downloadBlob(blob, "规划指标汇总-p-2020.csv");
    expect(created).toEqual([blob]);
    expect(clicked).toEqual([{ name: "规划指标汇总-p-2020.csv", href: "blob:test/1", inDocument: true }]);
    expect(document.querySelectorAll("a")).toHaveLength(0);
  });

  it("revokes the URL once the browser has had time to read the blob", () => {
    downloadBlob(new Blob(["x"]), "a.csv");
    jest.advanceTimersByTime(REVOKE_AFTER_MS - 1);
    expect(revoked).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(revoked).toEqual(["blob:test/1"]);
  });
});

describe("safeFileName", () => {
  it.each([
    ["规划指标汇总-chengdu-13th-sti-2020.csv", "规划指标汇总-chengdu-13th-sti-2020.csv"],
    ['a/b\\c:d*e?f"g<h>i|j\u0001.csv', "a_b_c_d_e_f_g_h_i_j_.csv"],
  ])("%j → %j", (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
  });
});
