import { inferMeasure, pathShapeOf } from "../../src/core/measure";
import type { Measure, PathShape } from "../../src/core/model";

describe("pathShapeOf", () => {
  it.each<[Measure, PathShape]>([
    ["share", "linear"],
    ["rate", "linear"],
    ["per-capita", "linear"],
    ["count", "compound"],
    ["amount", "compound"],
  ])("%s moves on a %s path", (measure, shape) => {
    expect(pathShapeOf(measure)).toBe(shape);
  });
});

describe("inferMeasure on the seed plans' indicator names", () => {
  // Names and units as the seed plans state them (seed file : line of the table row or sentence).
  it.each<[string, string | null, Measure, string]>([
    ["科技进步贡献率", "%", "rate", "000:73"],
    ["全社会R&D经费支出占GDP的比重", "%", "share", "000:78"],
    ["规模以上工业企业研发投入占主营业务收入比重", "%", "share", "000:83"],
    ["有效发明专利总量", "件", "count", "000:88"],
    ["规上高新技术工业主营业务收入占规上工业主营业务收入比重", "%", "share", "000:93"],
    ["技术市场交易额", "亿元", "amount", "000:98"],
    ["高新技术企业数", "家", "count", "000:103"],
    ["国家级技术创新平台", "个", "count", "000:108"],
    ["创新创业载体数量", "个", "count", "000:113"],
    ["每万劳动力中研发人员数", null, "per-capita", "000:118"],
    ["公众具备基本科学素养的比例", "%", "share", "000:123"],
    ["高层次创新创业人才", "人", "count", "000:61"],
    ["各类创新创业载体面积", "万平方米", "count", "000:64"],
    ["每万人发明专利拥有量", "件", "per-capita", "001:228"],
    ["全市技术合同成交总额", "亿元", "amount", "001:228"],
    ["总产值", "亿元", "amount", "002"],
    ["万人发明专利拥有量", "件", "per-capita", "002"],
    ["研究与试验发展经费投入强度", "%", "share", "003:760"],
    ["每万名就业人员中研发人员", "人年", "per-capita", "003:785"],
    ["战略性新兴制造业增加值占规模以上工业增加值的比重", "%", "share", "003 专栏2"],
    ["规模以上工业企业研发经费支出与主营业务收入之比", "%", "share", "003 专栏2"],
    ["技术合同成交额", "亿元", "amount", "003 专栏2"],
    ["新产品产值率", "%", "rate", "003:1573"],
    ["全省高新技术产业营业收入", "亿元", "amount", "004:127"],
    ["全省高新技术产业营业收入", "万亿元", "amount", "004 text"],
    ["高新技术产业营业收入占规上工业营业收入比重", "%", "share", "004:128"],
    ["每万家企业中高新技术企业数", "家", "per-capita", "004:130"],
    ["瞪羚企业数", "家", "count", "004:132"],
    ["每万人口高价值发明专利拥有量", "件", "per-capita", "004:136"],
    ["基础研究经费占全社会研发经费比重", "%", "share", "004:137"],
  ])("%s (%s) → %s [seed %s]", (name, unit, measure) => {
    expect(inferMeasure(name, unit)).toBe(measure);
  });
});

describe("inferMeasure reads the unit from the name when the unit is missing", () => {
  it.each<[string, Measure]>([
    ["科技进步贡献率（%）", "rate"],
    ["科技进步贡献率(%", "rate"], // seed 003 leaves the bracket unclosed
    ["公民具备科学素养的比例(%", "share"],
    ["技术市场交易额（亿元）", "amount"],
    ["高新技术企业数（家）", "count"],
  ])("%s → %s", (name, measure) => {
    expect(inferMeasure(name, null)).toBe(measure);
  });
});

describe("inferMeasure rules", () => {
  it.each<[string, string | null, Measure]>([
    // A per-mille or 个百分点 unit is a percentage too.
    ["人口自然增长率", "‰", "rate"],
    ["科技进步贡献率提高", "个百分点", "rate"],
    ["研发投入强度", "％", "share"],
    // 比重/占比/比例 beat 率 and 增长.
    ["高新技术产业增加值占比", "%", "share"],
    ["增长贡献比例", "%", "share"],
    // The percentage unit wins over per-capita words: a percentage is never per head.
    ["人均收入增速", "%", "rate"],
    // Per-capita words win over 元: 人均 figures are averages, not totals.
    ["人均可支配收入", "元", "per-capita"],
    // Nothing to go on: a count.
    ["研发机构", null, "count"],
    ["", null, "count"],
  ])("%s (%s) → %s", (name, unit, measure) => {
    expect(inferMeasure(name, unit)).toBe(measure);
  });
});
