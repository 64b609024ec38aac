import { type PlacedBlock, lexiconFor, resultSteps, toFinding } from './analyze';
import { BUILTIN_RULES } from './builtin-lexicon';
import type { CompiledLexicon } from './compiled-lexicon';
import { type MarkdownChunk, markdownChunks } from './markdown-chunks';
import { type BlockAnalysis, matchBlock } from './match-block';
import { plaintextBlocks } from './plaintext-prose';
import { type ChunkProse, chunkProse, isMarkdown } from './prose';
import { type Span, splitLongBlock } from './prose-block';
import { type Slicing, type Steps, runInSlices } from './slices';
import type { AnalysisResult, AnalyzeOptions, Finding } from './types';

/**
 * Re-analyses a document after an edit by redoing only what changed, keyed by content so
 * nothing needs to know where the edit was:
 * - units (Markdown chunks, see markdown-chunks.ts, or plain-text paragraphs) → their prose
 *   blocks and HTML spans, so an edit re-parses one chunk's Markdown, not the document's; the
 *   chunk scan itself only looks around the edit (`markdownChunks(text, previous)`);
 * - each unit's blocks → their rule hits and findings in offsets relative to the block, so a
 *   moved block is only shifted, and the blocks of an edited unit that did not change are
 *   reused by its replacement.
 * The document-level steps (directives without reason, inline disables, score) are redone
 * each time by `resultOf`, which `analyze` shares, so both paths give the same result.
 * Each run keeps only the units it used: the cache holds one document's worth.
 */
export interface AnalysisSession {
  update(text: string, options?: AnalyzeOptions): AnalysisResult;
  /** Resolves with the result, or undefined when cancelled (see DEVELOPING.md, "Slicing"). */
  updateInSlices(text: string, options: AnalyzeOptions | undefined, slicing: SliceOptions): Promise<AnalysisResult | undefined>;
}

export interface SliceOptions extends Slicing {
  /** Analysed first (e.g. the visible range), in document offsets. */
  priorityRange?: Span;
  /** Called once the priority range is analysed, with the findings inside it. */
  onPriorityFindings?: (findings: Finding[]) => void;
}

interface BlockEntry {
  /** The block's source text (the cache key) and as compromise reads it (markup masked). */
  source: string;
  masked: string;
  analysis: BlockAnalysis;
  findingsKey?: string;
  findings?: (Finding | undefined)[];
  /** The block as last placed in the document (immutable, so shared between results). */
  placed?: { offset: number; block: PlacedBlock };
}

/** A unit's prose and, once analysed, each of its blocks. */
interface UnitEntry {
  /** The last run that used it. */
  stamp: number;
  prose: ChunkProse;
  blocks: (BlockEntry | undefined)[];
}

interface Caches {
  units: Map<string, UnitEntry>;
  /** Blocks of units that just changed, offered to their replacements. */
  blocks: Map<string, BlockEntry[]>;
}

const PLACE_BATCH = 500;

export function createAnalysisSession(): AnalysisSession {
  return new Session();
}

/** Analyses in slices that each stay under `maxSliceMs`, yielding between them. */
export function analyzeInSlices(
  text: string,
  options: AnalyzeOptions | undefined,
  slicing: SliceOptions & { session?: AnalysisSession },
): Promise<AnalysisResult | undefined> {
  return (slicing.session ?? createAnalysisSession()).updateInSlices(text, options, slicing);
}

class Session implements AnalysisSession {
  private lexicon: CompiledLexicon | undefined;
  private languageMarkdown = false;
  private cache: Caches = { units: new Map(), blocks: new Map() };
  private runs = 0;
  /** The last Markdown text and its chunks, so the next scan only looks around the edit. */
  private previous: { text: string; chunks: readonly MarkdownChunk[] } | undefined;

  update(text: string, options: AnalyzeOptions = {}): AnalysisResult {
    const run = this.run(text, options);
    for (;;) {
      const step = run.next();
      if (step.done) return step.value;
    }
  }

  updateInSlices(text: string, options: AnalyzeOptions = {}, slicing: SliceOptions): Promise<AnalysisResult | undefined> {
    return runInSlices(this.run(text, options, slicing.priorityRange, slicing.onPriorityFindings), slicing);
  }

  /** The analysis as a sequence of work units (one chunk parse or one block each); yields between them. */
  private *run(text: string, options: AnalyzeOptions, priority?: Span, onPriority?: (findings: Finding[]) => void): Steps<AnalysisResult> {
    const lexicon = lexiconFor(options.rules ?? BUILTIN_RULES);
    const markdown = isMarkdown(options.languageId);
    if (lexicon !== this.lexicon || markdown !== this.languageMarkdown) {
      this.cache = { units: new Map(), blocks: new Map() };
      this.previous = undefined;
      this.lexicon = lexicon;
      this.languageMarkdown = markdown;
    }
    let units: Unit[];
    if (markdown) {
      units = markdownChunks(text, this.previous);
      this.previous = { text, chunks: units };
    } else units = plaintextBlocks(text);
    // First the cheap pass: which units are unchanged. Blocks of the units that went away
    // (the edited ones) are offered to the new units, so editing one list item re-matches
    // only that item.
    // The unit map is updated in place (no copy of a large document's map per keystroke):
    // entries not seen in this run are dropped, their blocks kept aside for the new units.
    const stamp = ++this.runs;
    const known = units.map((unit) => this.cache.units.get(unit.text));
    for (const entry of known) if (entry) entry.stamp = stamp;
    if (known.includes(undefined) || this.cache.units.size > units.length) this.cache.blocks = this.dropStale(stamp);
    const used = this.cache;
    const findingsKey = JSON.stringify([options.ruleSeverity, options.dimensionSeverity, options.ignoredPhrases]);
    const order = priorityFirst(units, priority);
    const entries = new Array<UnitEntry>(units.length);
    let priorityLeft = onPriority ? order.priority : -1;
    for (const i of order.indexes) {
      const unit = units[i];
      let entry = known[i] ?? used.units.get(unit.text);
      if (!entry) {
        entry = { prose: parseUnit(unit, markdown), blocks: [], stamp };
        used.units.set(unit.text, entry);
        yield;
      }
      const blocks = entry.prose.blocks;
      for (let j = 0; j < blocks.length; j++) {
        const block = blocks[j];
        let analysed = entry.blocks[j];
        if (!analysed) {
          const source = unit.text.slice(block.offset, block.offset + block.text.length);
          analysed = used.blocks.get(source)?.find((candidate) => candidate.masked === block.text);
          if (!analysed) {
            analysed = { source, masked: block.text, analysis: matchBlock({ offset: 0, text: block.text }, lexicon) };
            yield;
          }
          entry.blocks[j] = analysed;
        }
        findingsOf(analysed, findingsKey, options);
      }
      entries[i] = entry;
      if (--priorityLeft === 0) onPriority?.(placeUnits(units, entries, order.indexes.slice(0, order.priority), findingsKey, options).flatMap(foundIn));
    }
    used.blocks = new Map();
    const htmlSpans: Span[] = [];
    const placed: PlacedBlock[] = [];
    // Placing is a unit of work too on a large document: a few hundred units at a time (2,000 took 10–12 ms).
    for (let from = 0; from < units.length; from += PLACE_BATCH) {
      const indexes = Array.from({ length: Math.min(PLACE_BATCH, units.length - from) }, (_, k) => from + k);
      for (const block of placeUnits(units, entries, indexes, findingsKey, options, htmlSpans)) placed.push(block);
      if (units.length > PLACE_BATCH) yield;
    }
    return yield* resultSteps(text, options, placed, htmlSpans);
  }

  /** Drops the units the current run did not use; returns their analysed blocks by source text. */
  private dropStale(stamp: number): Map<string, BlockEntry[]> {
    const spare = new Map<string, BlockEntry[]>();
    for (const [key, entry] of this.cache.units) {
      if (entry.stamp === stamp) continue;
      this.cache.units.delete(key);
      for (const block of entry.blocks) {
        if (!block) continue;
        const list = spare.get(block.source);
        if (list) list.push(block);
        else spare.set(block.source, [block]);
      }
    }
    return spare;
  }
}

/**
 * A stretch of the document whose prose depends on its own text only (a Markdown chunk, a
 * plain-text paragraph): its text is its cache key. The chunks and paragraphs themselves, not
 * copies: a copy per unit per keystroke cost 2 ms on a 100k-word document.
 */
interface Unit {
  offset: number;
  text: string;
}

function parseUnit(unit: Unit, markdown: boolean): ChunkProse {
  return markdown ? chunkProse(unit.text) : { blocks: splitLongBlock({ offset: 0, text: unit.text }), htmlSpans: [] };
}

/** The units' blocks placed in the document (in the order of `indexes`), collecting HTML spans. */
/**
 * A block's findings for these options (`key`), made once per options. Checked again when
 * placing: another update of the same session, with other options, may have run meanwhile.
 */
function findingsOf(entry: BlockEntry, key: string, options: AnalyzeOptions): void {
  if (entry.findingsKey === key) return;
  entry.findings = entry.analysis.hits.map((hit) => toFinding(hit, entry.source, options));
  entry.findingsKey = key;
  entry.placed = undefined;
}

function placeUnits(units: readonly Unit[], entries: readonly UnitEntry[], indexes: readonly number[], key: string, options: AnalyzeOptions, htmlSpans?: Span[]): PlacedBlock[] {
  const placed: PlacedBlock[] = [];
  for (const i of indexes) {
    const start = units[i].offset;
    const { prose, blocks } = entries[i];
    for (let j = 0; j < prose.blocks.length; j++) {
      const entry = blocks[j] as BlockEntry;
      findingsOf(entry, key, options);
      placed.push(placeEntry(entry, start + prose.blocks[j].offset));
    }
    if (htmlSpans) for (const span of prose.htmlSpans) htmlSpans.push({ start: start + span.start, end: start + span.end });
  }
  return placed;
}

function foundIn(block: PlacedBlock): Finding[] {
  return (block.findings ?? []).filter((finding): finding is Finding => finding !== undefined);
}

/** A cached block's hits and findings moved to where the block now starts. */
function placeEntry(entry: BlockEntry, offset: number): PlacedBlock {
  // Blocks before an edit keep their offset: their placed findings are reused as they are.
  if (entry.placed?.offset === offset) return entry.placed.block;
  const { analysis } = entry;
  const block: PlacedBlock = {
    offset,
    hits: analysis.hits,
    sentenceCount: analysis.sentenceCount,
    words: analysis.words,
    findings: entry.findings?.map((finding) => finding && { ...finding, offset: finding.offset + offset }),
  };
  entry.placed = { offset, block };
  return block;
}

/** Indexes with the ones overlapping `priority` first (`priority` of them), then the rest in order. */
function priorityFirst(units: readonly Unit[], priority?: Span): { indexes: number[]; priority: number } {
  const all = units.map((_, i) => i);
  if (!priority) return { indexes: all, priority: 0 };
  const overlaps = (unit: Unit) => unit.offset < priority.end && unit.offset + unit.text.length > priority.start;
  const inside = all.filter((i) => overlaps(units[i]));
  const outside = all.filter((i) => !overlaps(units[i]));
  return { indexes: [...inside, ...outside], priority: inside.length };
}
