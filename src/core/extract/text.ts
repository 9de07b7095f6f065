import type { Quantity } from "../figure-types";
import type { Attribute, Comparator } from "../model";
import { yearsIn, type Anchor, type AnchorIntent, type InlineYear } from "./text-anchors";
import { lineAt, paragraphBlocks, type Paragraph } from "./text-blocks";
import { clausesOf, type Clause } from "./text-clauses";
import { enclosures } from "./text-enclosures";
import { doublingsIn, figuresIn, type DoublingToken, type FigureToken } from "./text-figures";
import { readLeft, readRightName, type LeftReading } from "./text-names";
import { DECREASE_WORDS, type ActionVerb } from "./text-words";
import type { ExtractedActual, ExtractedIndicator, ExtractedPart } from "./types";

/*
 * Targets stated in running text: `到2025年，每万人发明专利拥有量达39件，全市技术合同成交总额超过1800亿元。`
 * Each figure binds to the nearest year anchor before it in its paragraph; a paragraph that opens with an anchor
 * (`到2020年全面进入创新驱动阶段…`) also governs the paragraphs after it, up to the next heading or table, so
 * that the `——…` goal paragraphs under it are read as its targets. A heading about goals (`2、具体目标`) does not
 * end that reach, and with nothing before it, opens the plan's targets for the last year of its period. Figures
 * bound to a year before the plan period (`2015年，专利申请量达到77538件`) are actuals.
 *
 * A figure states a value when a verb says so (`达到`, `超过`, `建成…`), when a bound does (`以上`, `左右`), or
 * when it stands in a list or in the sentence of its year (`2015年,专利授权量38915件`); and it must close its
 * phrase, else it qualifies a name (`F级50兆瓦重型燃气轮机`).
 */

export interface TextTargetOptions {
  /** The plan period; a figure bound to a year before its start is an actual. Null: judged from the text. */
  readonly period?: readonly [number, number] | null;
}

type Event = Anchor | InlineYear | FigureToken | DoublingToken;

interface ScannedParagraph {
  readonly kind: "scanned";
  readonly paragraph: Paragraph;
  readonly clauses: readonly Clause[];
  readonly events: readonly Event[];
  readonly enclosed: Uint8Array;
  /** An anchor that opens the paragraph and so governs the paragraphs after it. */
  readonly leading: Anchor | null;
}

/** Names are short; looking further back only picks up the end of the previous thought. */
const MAX_LEFT = 60;
const MAX_SNIPPET = 120;
/** List markers and dashes a paragraph may start with before its opening anchor. */
const OPENING_MARKS = /^(?:[\s·•—-]|[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．])*/u;
const HAS_LETTER = /\p{L}/u;
const COPULAS = "为是";
const ATTRIBUTES: readonly Attribute[] = ["约束性", "预期性"];

function scan(paragraph: Paragraph): ScannedParagraph {
  const { text } = paragraph;
  const enclosed = enclosures(text);
  const events: Event[] = [...yearsIn(text, enclosed), ...figuresIn(text, enclosed), ...doublingsIn(text, enclosed)];
  events.sort((a, b) => a.start - b.start);
  const first = events.find((event): event is Anchor => event.kind === "anchor");
  const opening = OPENING_MARKS.exec(text)?.[0].length ?? 0;
  const leading = first !== undefined && first.start <= opening ? first : null;
  return { kind: "scanned", paragraph, clauses: clausesOf(text), events, enclosed, leading };
}

/**
 * Whether a year is in the past of the plan. Without a period, `到`/`截至` say it; a bare year (`2015年，`) is past
 * when it comes before every year the text announces with `到`.
 */
function pastJudge(
  period: readonly [number, number] | null,
  paragraphs: readonly ScannedParagraph[],
): (year: number, intent: AnchorIntent) => boolean {
  if (period !== null) return (year) => year < period[0];
  let firstTarget = Number.POSITIVE_INFINITY;
  for (const { events } of paragraphs)
    for (const event of events)
      if (event.kind === "anchor" && event.intent === "target") firstTarget = Math.min(firstTarget, event.year);
  return (year, intent) => (intent === "bare" ? year < firstTarget : intent === "past");
}

const periodEnd = (period: readonly [number, number]): Anchor => ({
  kind: "anchor",
  start: 0,
  end: 0,
  year: period[1],
  intent: "target",
});

function comparatorOf(quantity: Quantity, reading: LeftReading, action: ActionVerb | null): Comparator {
  if (quantity.comparator !== "=") return quantity.comparator;
  if (reading.word !== null && reading.word.comparator !== null) return reading.word.comparator;
  if (action !== null) return ">=";
  return quantity.approximate || reading.approximate ? "=" : ">=";
}

/** After a figure that states a value comes the end of its clause or list item, or an aside. */
const PHRASE_ENDS = new Set([..."，,；;。！？!?:：、(（等"]);

function closesPhrase(text: string, end: number): boolean {
  let at = end;
  while (text.charAt(at) === " ") at++;
  const next = text.charAt(at);
  return next === "" || PHRASE_ENDS.has(next);
}

function snippetOf(text: string, clause: Clause, start: number, end: number): string {
  if (clause.end - clause.start <= MAX_SNIPPET) return text.slice(clause.start, clause.end).trim();
  const from = Math.max(clause.start, start - MAX_SNIPPET / 2);
  return text.slice(from, Math.min(clause.end, Math.max(end, from + MAX_SNIPPET))).trim();
}

interface Baseline {
  readonly name: string;
  readonly quantity: Quantity;
  readonly year: number | null;
  readonly line: number;
  readonly snippet: string;
}

/** Reads one paragraph's figures in order; see the module comment. Collects into the given arrays. */
class ParagraphReader {
  private anchor: Anchor | null;
  private sentence = -1;
  /** The sentence in which the governing anchor was written, if in this paragraph. */
  private anchorSentence = -1;
  private recognized = 0;
  private lastName: string | null = null;
  private cursor = 0;
  private action: ActionVerb | null = null;
  private baseline: Baseline | null = null;
  private clause: Clause = { start: 0, end: 0, sentence: 0 };

  constructor(
    private readonly scanned: ScannedParagraph,
    carried: Anchor | null,
    private readonly isPast: (year: number, intent: AnchorIntent) => boolean,
    private readonly indicators: ExtractedIndicator[],
    private readonly actuals: ExtractedActual[],
  ) {
    this.anchor = carried;
  }

  read(): void {
    const { clauses, events } = this.scanned;
    let next = 0;
    for (const clause of clauses) {
      this.openClause(clause);
      while (next < events.length && (events[next]?.start ?? 0) < clause.end) {
        const event = events[next++];
        if (event === undefined || event.start < clause.start) continue;
        if (event.kind === "anchor") {
          this.anchor = event;
          this.anchorSentence = this.sentence;
          this.cursor = Math.max(this.cursor, event.end);
        } else if (event.kind === "figure") this.figure(event);
        else if (event.kind === "doubling") this.doubling(event);
      }
      this.closeClause();
    }
  }

  private get text(): string {
    return this.scanned.paragraph.text;
  }

  private openClause(clause: Clause): void {
    if (clause.sentence !== this.sentence) {
      this.sentence = clause.sentence;
      this.recognized = 0;
      this.lastName = null;
    }
    this.clause = clause;
    this.cursor = clause.start;
    this.action = null;
    this.baseline = null;
  }

  /** A baseline that no target used is still a past figure when its year is given. */
  private closeClause(): void {
    if (this.baseline !== null) this.pastBaseline(this.baseline);
    this.baseline = null;
  }

  private pastBaseline(baseline: Baseline): void {
    const { year, quantity } = baseline;
    if (year === null || quantity.value === null || !this.isPast(year, "bare")) return;
    this.actuals.push({
      name: baseline.name,
      unit: quantity.unit,
      year,
      value: quantity.value,
      source: "text",
      line: baseline.line,
      snippet: baseline.snippet,
    });
  }

  private leftOf(start: number): LeftReading {
    return readLeft(this.text.slice(Math.max(this.cursor, start - MAX_LEFT), start));
  }

  private figure(token: FigureToken): void {
    const reading = this.leftOf(token.start);
    this.cursor = token.end;
    const { quantity } = token;
    // A verb governs the list after it: `建成1个国家实验室、1个国家技术创新中心`.
    const action = reading.action ?? (reading.word === null ? this.action : null);
    // Without a verb, a name and a figure state a value only in a list or in the sentence of their year:
    // `2015年,专利授权量38915件`, `省级重点实验室 130 个`; elsewhere they describe (`共分为12篇`).
    const listed = this.recognized > 0 || this.anchorSentence === this.sentence;
    const bounded = quantity.comparator !== "=" || quantity.approximate;
    if (reading.word === null && action === null && !reading.baseline && !listed && !bounded) return;
    let name = reading.name;
    let named = false;
    if ((name === "" || reading.nameFollows) && (action !== null || reading.word !== null)) {
      const right = readRightName(this.text, token.end, this.scanned.enclosed);
      if (right.name !== "") {
        name += right.name;
        named = true;
        this.cursor = right.end;
      }
    }
    // A figure in the middle of a phrase qualifies it (`F级50兆瓦重型燃气轮机`, `超过100亿元的企业`).
    if (!named && !reading.baseline && !closesPhrase(this.text, token.end)) return;
    if (name.startsWith("占") && this.lastName !== null) name = this.lastName + name;
    if (name === "" && this.baseline !== null) name = this.baseline.name;
    // `产值突破七千亿，达到7858.41亿元`: the subject of the clause before.
    if (name === "" && reading.word !== null && this.lastName !== null) name = this.lastName;
    // `共分为12篇`, `是2010年的…`: a name ending in a copula describes, it does not name an indicator.
    if (!HAS_LETTER.test(name) || COPULAS.includes(name.charAt(name.length - 1))) return;
    this.recognized++;
    this.lastName = name;
    if (action !== null) this.action = action;
    const line = lineAt(this.scanned.paragraph, token.start);
    const snippet = snippetOf(this.text, this.clause, token.start, this.cursor);
    if (reading.baseline) {
      if (this.baseline !== null) this.pastBaseline(this.baseline);
      this.baseline = { name, quantity, year: reading.year, line, snippet };
      return;
    }
    const year = reading.year ?? this.anchor?.year ?? null;
    if (year === null) return;
    const intent = reading.year !== null ? "bare" : (this.anchor?.intent ?? "bare");
    const baseline = this.baseline;
    this.baseline = null;
    if (baseline !== null) this.pastBaseline(baseline);
    if (this.isPast(year, intent)) {
      if (quantity.value !== null)
        this.actuals.push({ name, unit: quantity.unit, year, value: quantity.value, source: "text", line, snippet });
      return;
    }
    const comparator = comparatorOf(quantity, reading, action);
    this.indicators.push({
      name,
      unit: quantity.unit,
      baselineYear: baseline?.year ?? null,
      baselineValue: baseline?.quantity.value ?? null,
      targetYear: year,
      comparator,
      targetValue: quantity.value,
      targetLow: quantity.low,
      targetHigh: quantity.high,
      attribute: ATTRIBUTES.find((attribute) => snippet.includes(attribute)) ?? null,
      direction:
        comparator === "<=" || comparator === "<" || reading.decrease || DECREASE_WORDS.some((w) => name.includes(w))
          ? "decrease"
          : "increase",
      source: "text",
      line,
      snippet,
      increment: action?.increment === true,
    });
  }

  private doubling(token: DoublingToken): void {
    const reading = this.leftOf(token.start);
    this.cursor = token.end;
    const anchor = this.anchor;
    if (reading.name === "" || anchor === null || this.isPast(anchor.year, anchor.intent)) return;
    this.recognized++;
    this.lastName = reading.name;
    const snippet = snippetOf(this.text, this.clause, token.start, token.end);
    this.indicators.push({
      name: reading.name,
      unit: null,
      baselineYear: null,
      baselineValue: null,
      targetYear: anchor.year,
      comparator: "x2",
      targetValue: null,
      targetLow: null,
      targetHigh: null,
      attribute: ATTRIBUTES.find((attribute) => snippet.includes(attribute)) ?? null,
      direction: "increase",
      source: "text",
      line: lineAt(this.scanned.paragraph, token.start),
      snippet,
      increment: false,
    });
  }
}

/**
 * The targets a plan states in running text, one entry per figure, and the past figures it reports with a year.
 * Table rows (TAB grids, one cell per line, bare figures such as `≥67`), headings and tables of contents are
 * skipped: the table extractor reads them. Never throws; linear in the length of the text.
 *
 * @example
 * extractTextTargets(["到2025年，每万人发明专利拥有量达39件，全市技术合同成交总额超过1800亿元。"]).indicators
 * // → [{ name: "每万人发明专利拥有量", unit: "件", targetYear: 2025, comparator: ">=", targetValue: 39, line: 1, … },
 * //    { name: "全市技术合同成交总额", unit: "亿元", targetYear: 2025, comparator: ">", targetValue: 1800, … }]
 * @example
 * extractTextTargets(["2015年，专利申请量达到77538件。"], { period: [2016, 2020] }).actuals
 * // → [{ name: "专利申请量", unit: "件", year: 2015, value: 77538, source: "text", line: 1, … }]
 */
export function extractTextTargets(lines: readonly string[], options: TextTargetOptions = {}): ExtractedPart {
  const blocks = paragraphBlocks(lines).map((block) => (block.kind === "paragraph" ? scan(block) : block));
  const paragraphs = blocks.filter((block): block is ScannedParagraph => block.kind === "scanned");
  const period = options.period ?? null;
  const isPast = pastJudge(period, paragraphs);
  const indicators: ExtractedIndicator[] = [];
  const actuals: ExtractedActual[] = [];
  let carried: Anchor | null = null;
  for (const block of blocks) {
    if (block.kind === "break") {
      if (!block.goal) carried = null;
      // Goals listed under `三、发展目标` without a year are the plan's targets for the end of its period.
      else if (carried === null && period !== null) carried = periodEnd(period);
      continue;
    }
    new ParagraphReader(block, carried, isPast, indicators, actuals).read();
    carried = block.leading ?? carried;
  }
  return { indicators, actuals };
}
