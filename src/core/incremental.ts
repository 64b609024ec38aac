import { type PlacedBlock, lexiconFor, resultOf, toFinding } from './analyze';
import { BUILTIN_RULES } from './builtin-lexicon';
import type { CompiledLexicon } from './compiled-lexicon';
import { markdownChunks } from './markdown-chunks';
import { type BlockAnalysis, type RuleHit, matchBlock } from './match-block';
import { plaintextBlocks } from './plaintext-prose';
import { type ChunkProse, chunkProse, isMarkdown } from './prose';
import { type ProseBlock, type Span, splitLongBlock } from './prose-block';
import type { AnalysisResult, AnalyzeOptions, Finding } from './types';

/**
 * Re-analyses a document after an edit by redoing only what changed. Two caches, both keyed
 * by content so nothing needs to know where the edit was:
 * - Markdown chunks (markdown-chunks.ts) → their prose blocks and HTML spans, so an edit
 *   re-parses one chunk's Markdown, not the document's;
 * - prose blocks → their rule hits and findings in offsets relative to the block, so moving
 *   a block (text inserted above it) only shifts its offsets.
 * The document-level steps (directives without reason, inline disables, score) are redone
 * each time by `resultOf`, which `analyze` shares, so both paths give the same result.
 * Each run keeps only the entries it used: the caches hold one document's worth.
 */
export interface AnalysisSession {
  update(text: string, options?: AnalyzeOptions): AnalysisResult;
  /** Resolves with the result, or undefined when cancelled (see DEVELOPING.md, "Slicing"). */
  updateInSlices(text: string, options: AnalyzeOptions | undefined, slicing: SliceOptions): Promise<AnalysisResult | undefined>;
}

export interface SliceOptions {
  /** Checked between slices and between work units; an AbortSignal fits. */
  signal?: { readonly aborted: boolean };
  /** Gives the event loop a turn, e.g. `() => new Promise((r) => setTimeout(r, 0))`. */
  yield: () => Promise<void>;
  /** Yield before a slice would exceed this (default 50). */
  maxSliceMs?: number;
  /** Analysed first (e.g. the visible range), in document offsets. */
  priorityRange?: Span;
  /** Called once the priority range is analysed, with the findings inside it. */
  onPriorityFindings?: (findings: Finding[]) => void;
}

interface BlockEntry {
  /** The block as compromise reads it (markup masked); the cache key is the source slice. */
  masked: string;
  analysis: BlockAnalysis;
  findingsKey?: string;
  findings?: (Finding | undefined)[];
}

interface Caches {
  chunks: Map<string, ChunkProse>;
  blocks: Map<string, BlockEntry[]>;
}

/** Separates a chunk's text from the definitions appended to it in a cache key. */
const KEY_SEPARATOR = '\u0000';

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
  private cache: Caches = { chunks: new Map(), blocks: new Map() };

  update(text: string, options: AnalyzeOptions = {}): AnalysisResult {
    const run = this.run(text, options);
    for (;;) {
      const step = run.next();
      if (step.done) return step.value;
    }
  }

  async updateInSlices(text: string, options: AnalyzeOptions = {}, slicing: SliceOptions): Promise<AnalysisResult | undefined> {
    const maxSliceMs = slicing.maxSliceMs ?? 50;
    const run = this.run(text, options, slicing.priorityRange, slicing.onPriorityFindings);
    let sliceStart = performance.now();
    let costliest = 0;
    for (;;) {
      if (slicing.signal?.aborted) {
        run.return(undefined as never);
        return undefined;
      }
      const before = performance.now();
      const step = run.next();
      if (step.done) return step.value;
      const after = performance.now();
      costliest = Math.max(costliest * 0.9, after - before);
      // Yield when the next unit, if as costly as recent ones, would overrun the slice.
      if (after - sliceStart + costliest > maxSliceMs) {
        await slicing.yield();
        sliceStart = performance.now();
      }
    }
  }

  /** The analysis as a sequence of work units (one chunk parse or one block each); yields between them. */
  private *run(text: string, options: AnalyzeOptions, priority?: Span, onPriority?: (findings: Finding[]) => void): Generator<void, AnalysisResult> {
    const lexicon = lexiconFor(options.rules ?? BUILTIN_RULES);
    const markdown = isMarkdown(options.languageId);
    if (lexicon !== this.lexicon || markdown !== this.languageMarkdown) {
      this.cache = { chunks: new Map(), blocks: new Map() };
      this.lexicon = lexicon;
      this.languageMarkdown = markdown;
    }
    const used: Caches = { chunks: new Map(), blocks: new Map() };
    const htmlSpans: Span[] = [];
    let blocks: ProseBlock[];
    if (markdown) {
      blocks = [];
      for (const prose of yield* this.chunksOf(text, used, priority)) {
        for (const block of prose.blocks) blocks.push(block);
        for (const span of prose.htmlSpans) htmlSpans.push(span);
      }
    } else {
      blocks = plaintextBlocks(text).flatMap((block) => splitLongBlock(block));
    }

    const findingsKey = JSON.stringify([options.ruleSeverity, options.dimensionSeverity, options.ignoredPhrases]);
    const entries = new Array<BlockEntry>(blocks.length);
    const order = priorityFirst(blocks.map((block) => ({ start: block.offset, end: block.offset + block.text.length })), priority);
    let priorityLeft = priority && onPriority ? order.priority : -1;
    for (const i of order.indexes) {
      const source = text.slice(blocks[i].offset, blocks[i].offset + blocks[i].text.length);
      let entry = this.cachedBlock(this.cache, source, blocks[i].text) ?? this.cachedBlock(used, source, blocks[i].text);
      if (!entry) {
        entry = { masked: blocks[i].text, analysis: matchBlock({ offset: 0, text: blocks[i].text }, lexicon) };
        yield;
      }
      if (entry.findingsKey !== findingsKey) {
        entry.findings = entry.analysis.hits.map((hit) => toFinding(hit, source, options));
        entry.findingsKey = findingsKey;
      }
      addEntry(used, source, entry);
      entries[i] = entry;
      if (--priorityLeft === 0) onPriority?.(priorityFindings(blocks, entries, order.indexes.slice(0, order.priority)));
    }
    this.cache = used;
    const placed = blocks.map((block, i) => placeEntry(entries[i], block.offset));
    return resultOf(text, options, placed, htmlSpans);
  }

  /** The document's chunks' prose (document offsets), parsing only chunks not seen before. */
  private *chunksOf(text: string, used: Caches, priority?: Span): Generator<void, ChunkProse[]> {
    const { chunks, suffix } = markdownChunks(text);
    const out = new Array<ChunkProse>(chunks.length);
    const order = priorityFirst(chunks.map((chunk) => ({ start: chunk.offset, end: chunk.offset + chunk.text.length })), priority);
    for (const i of order.indexes) {
      const chunk = chunks[i];
      // Definitions only matter to a chunk that could refer to one.
      const own = chunk.text.includes('[') ? suffix : '';
      const key = own ? chunk.text + KEY_SEPARATOR + own : chunk.text;
      let prose = this.cache.chunks.get(key) ?? used.chunks.get(key);
      if (!prose) {
        prose = chunkProse(chunk.text, own);
        yield;
      }
      used.chunks.set(key, prose);
      out[i] = {
        blocks: prose.blocks.map((block) => ({ offset: chunk.offset + block.offset, text: block.text })),
        htmlSpans: prose.htmlSpans.map((span) => ({ start: chunk.offset + span.start, end: chunk.offset + span.end })),
      };
    }
    return out;
  }

  private cachedBlock(caches: Caches, source: string, masked: string): BlockEntry | undefined {
    return caches.blocks.get(source)?.find((entry) => entry.masked === masked);
  }
}

function addEntry(caches: Caches, source: string, entry: BlockEntry): void {
  const list = caches.blocks.get(source);
  if (!list) caches.blocks.set(source, [entry]);
  else if (!list.includes(entry)) list.push(entry);
}

/** A cached block's hits and findings moved to where the block now starts. */
function placeEntry(entry: BlockEntry, offset: number): PlacedBlock {
  const { analysis } = entry;
  return {
    hits: analysis.hits.map((hit) => shiftHit(hit, offset)),
    sentenceCount: analysis.sentenceCount,
    words: analysis.words,
    findings: entry.findings?.map((finding) => finding && { ...finding, offset: finding.offset + offset }),
  };
}

function shiftHit(hit: RuleHit, offset: number): RuleHit {
  const groups: RuleHit['groups'] = {};
  for (const [name, range] of Object.entries(hit.groups)) groups[name] = { start: range.start + offset, end: range.end + offset };
  return { ...hit, start: hit.start + offset, end: hit.end + offset, groups };
}

/** Indexes with the ones overlapping `priority` first (`priority` of them), then the rest in order. */
function priorityFirst(spans: readonly Span[], priority?: Span): { indexes: number[]; priority: number } {
  const all = spans.map((_, i) => i);
  if (!priority) return { indexes: all, priority: 0 };
  const inside = all.filter((i) => spans[i].start < priority.end && spans[i].end > priority.start);
  const outside = all.filter((i) => !(spans[i].start < priority.end && spans[i].end > priority.start));
  return { indexes: [...inside, ...outside], priority: inside.length };
}

/** The priority blocks' own findings, for showing early (document-level checks come with the full result). */
function priorityFindings(blocks: readonly ProseBlock[], entries: readonly BlockEntry[], indexes: readonly number[]): Finding[] {
  const out: Finding[] = [];
  for (const i of [...indexes].sort((a, b) => a - b)) {
    for (const finding of placeEntry(entries[i], blocks[i].offset).findings ?? []) if (finding) out.push(finding);
  }
  return out;
}
