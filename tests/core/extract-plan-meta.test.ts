import { readFileSync } from "node:fs";
import { join } from "node:path";
import { splitLines } from "../../src/core/extract/lines";
import { periodFromTargetYears, planPeriod, planRegion, planTitle } from "../../src/core/extract/plan-meta";

const seedLines = (file: string) => splitLines(readFileSync(join(__dirname, "../fixtures/seeds", file), "utf8"));

describe("the plan's title, as a person would name the document", () => {
  it.each([
    ["000_fe8123ca23c369e9.txt", "成都市“十三五”科技创新规划"],
    ["001_debec1ccd95cebf5.txt", "成都市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"],
    ["002_e1c82c5e15ec283a.txt", null],
    ["003_650c5ad76bff8716.txt", "重庆市科技创新“十三五”规划"],
    ["004_89dd4949d2fb5def.txt", "四川省“十四五”高新技术产业发展规划"],
  ])("%s → %s", (file, title) => {
    expect(planTitle(seedLines(file))).toBe(title);
  });

  it("skips a law named in passing, and takes the plan a notice issues rather than the notice", () => {
    expect(planTitle(["根据《成都国家自主创新示范区条例》"])).toBeNull();
    expect(planTitle(["根据《成都国家自主创新示范区条例》", "某市人民政府关于印发某市科技规划的通知"])).toBe(
      "某市科技规划",
    );
  });
});

describe("the plan period", () => {
  it.each([
    ["成都市“十三五”科技创新规划", [2016, 2020]],
    ["重庆市科技创新“十三五”规划", [2016, 2020]],
    ["成都市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", [2021, 2025]],
    ["四川省“十四五”高新技术产业发展规划", [2021, 2025]],
    ["某市“十二五”科技发展规划", [2011, 2015]],
    ["某省科技创新规划（2021-2025年）", [2021, 2025]],
    ["关于加快建设成都国家自主创新示范区的实施意见", null],
  ])("%s → %j", (title, period) => {
    expect(planPeriod(title)).toEqual(period);
  });

  it("is inferred from the target years when the title names none: five-year spans ending at the targets", () => {
    expect(periodFromTargetYears([2020, 2025, null, 2020])).toEqual([2016, 2025]);
    expect(periodFromTargetYears([null])).toBeNull();
  });
});

describe("physical lines", () => {
  it("counts CRLF, CR and LF lines as an editor does and drops a BOM", () => {
    expect(splitLines("\uFEFF一\r\n二\r三\n四")).toEqual(["一", "二", "三", "四"]);
  });
});

describe("the region a plan governs", () => {
  it.each([
    ["成都市“十三五”科技创新规划", "成都市"],
    ["四川省“十四五”高新技术产业发展规划", "四川省"],
    ["重庆市科技创新“十三五”规划", "重庆市"],
    ["广西壮族自治区科技创新规划", "广西壮族自治区"],
    ["关于加快建设成都国家自主创新示范区的实施意见", null],
    [null, null],
  ])("%s → %s", (title, region) => {
    expect(planRegion(title)).toBe(region);
  });
});
