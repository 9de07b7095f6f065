import type { Finding } from "../../src/core/findings";
import { latestByCell, reviewState, type Explanation, type ReviewDecision } from "../../src/core/review";

const id = "chengdu-13th-sti:高新技术企业数:2020";
const warning = { code: "worse-than-baseline", severity: "warning", indicatorId: id, year: 2018 } as unknown as Finding;
const error = { code: "negative-value", severity: "error", indicatorId: id, year: 2018 } as unknown as Finding;

const explained = (text: string, at: string): Explanation => ({
  indicatorId: id,
  year: 2018,
  text,
  author: "张敏",
  at,
});
const decided = (decision: ReviewDecision["decision"], at: string): ReviewDecision => ({
  indicatorId: id,
  year: 2018,
  decision,
  comment: "",
  reviewer: "李军",
  at,
});

describe("where a flagged cell stands in review", () => {
  it.each<[string, readonly Finding[], Explanation | undefined, ReviewDecision | undefined, string]>([
    ["no warning: errors are fixed, not explained", [error], undefined, undefined, "not-needed"],
    ["a warning with no explanation", [warning], undefined, undefined, "explanation-missing"],
    [
      "a blank explanation is none",
      [warning],
      explained("  ", "2019-03-01T09:00:00Z"),
      undefined,
      "explanation-missing",
    ],
    [
      "explained, not yet decided",
      [warning],
      explained("口径调整", "2019-03-01T09:00:00Z"),
      undefined,
      "awaiting-review",
    ],
    [
      "accepted after the explanation",
      [warning],
      explained("口径调整", "2019-03-01T09:00:00Z"),
      decided("accepted", "2019-03-02T09:00:00Z"),
      "accepted",
    ],
    [
      "returned after the explanation",
      [warning],
      explained("口径调整", "2019-03-01T09:00:00Z"),
      decided("returned", "2019-03-02T09:00:00Z"),
      "returned",
    ],
    [
      "rewritten after being returned",
      [warning],
      explained("口径调整，见附表", "2019-03-03T09:00:00Z"),
      decided("returned", "2019-03-02T09:00:00Z"),
      "awaiting-review",
    ],
    [
      "timestamps with and without milliseconds compare as times",
      [warning],
      explained("口径调整", "2019-03-01T09:00:00.500Z"),
      decided("accepted", "2019-03-01T09:00:01Z"),
      "accepted",
    ],
  ])("%s", (_case, findings, explanation, decision, expected) => {
    expect(reviewState(findings, explanation, decision)).toBe(expected);
  });
});

describe("history: the latest entry of each cell decides", () => {
  it("keeps the newest of several explanations, whatever order they come in", () => {
    const history = [
      explained("第二版", "2019-03-03T09:00:00Z"),
      explained("第一版", "2019-03-01T09:00:00Z"),
      { ...explained("另一年", "2019-03-09T09:00:00Z"), year: 2017 },
    ];
    const latest = latestByCell(history);
    expect(latest.size).toBe(2);
    expect([...latest.values()].map((e) => e.text).sort()).toEqual(["另一年", "第二版"]);
  });
});
