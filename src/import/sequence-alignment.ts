/**
 * Block alignment after Gale and Church (1993, "A program for aligning sentences in bilingual
 * corpora"): a translation's blocks keep a roughly constant length ratio to their originals, so the
 * cheapest path through the two sequences — pairing 1:1, joining two translated blocks for one
 * original (2:1), splitting one translated block over several originals (1:k), or leaving a block
 * out (1:0, 0:1) — is the most likely correspondence. Anchors (numbers, markers, Latin words,
 * glossary terms) add evidence for or against each pairing, as in translators' alignment tools.
 */
import { compareAnchors, joinAnchors, type AnchorComparison, type Anchors } from './anchors.js';

export interface Segment {
  /** Length in characters, without spaces. */
  length: number;
  anchors: Anchors;
  /** Headings pair best with headings; people only with people; dates with nothing. */
  kind: 'heading' | 'text' | 'person' | 'date';
  /** Places a translated block can be cut at: it can carry at most cuts + 1 source blocks. */
  cuts: number;
}

export type BeadOp = 'pair' | 'merge' | 'split' | 'source-only' | 'translation-only';

/** One step of the path: source segments [from, to) with translation segments [from, to). */
export interface Bead {
  op: BeadOp;
  source: [number, number];
  translation: [number, number];
  /** How well the lengths agree: the two-sided probability of the length deviation, 0–1. */
  lengthFit: number;
  anchors: AnchorComparison;
  /** Kinds that do not correspond (a heading paired with a paragraph). */
  kindMismatch: boolean;
}

export interface LengthModel {
  /** Translated characters per source character over the whole document. */
  ratio: number;
  /** Variance of a translated length per source character (Gale and Church's s²). */
  variance: number;
}

/** The longest run of source blocks one translated block may carry (a preamble of "Whereas" clauses). */
export const MAX_SPLIT = 12;

/** Prior probabilities of each step, after Gale and Church's counts; longer splits are rarer still. */
const PRIOR = { pair: 0.89, merge: 0.0445, split: 0.0445, skip: 0.005 };
const SPLIT_DECAY = 0.3;
const SKIP_COST = -Math.log(PRIOR.skip);
/** Cost of each shared anchor (negative: evidence for) and each contradicting one. */
const SHARED_WEIGHT = 1;
const NUMBER_CONFLICT_WEIGHT = 1.5;
const WORD_CONFLICT_WEIGHT = 0.4;
/** The most that shared anchors lower a step's cost (so that hopeless lengths can be pruned). */
const MAX_ANCHOR_BONUS = 10;
const KIND_MISMATCH_COST = 2.5;

export function lengthModel(source: readonly Segment[], translation: readonly Segment[]): LengthModel {
  const sum = (segments: readonly Segment[]): number => segments.reduce((total, s) => total + (s.kind === 'date' ? 0 : s.length), 0);
  const ratio = (sum(translation) + 1) / (sum(source) + 1);
  // Gale and Church measured s² = 6.8 for c ≈ 1; the spread scales with c², and English–Chinese
  // pairs vary about twice as much as the European pairs they measured.
  return { ratio, variance: 2 * 6.8 * ratio * ratio };
}

/** The cheapest path through both sequences, as beads in order. */
export function alignSegments(source: readonly Segment[], translation: readonly Segment[], model: LengthModel): Bead[] {
  const rows = source.length + 1;
  const cols = translation.length + 1;
  const cost = Array.from({ length: rows }, () => new Float64Array(cols).fill(Infinity));
  const back: (Bead | undefined)[][] = Array.from({ length: rows }, () => new Array<Bead | undefined>(cols));
  const sourceLengths = prefixSums(source);
  const translationLengths = prefixSums(translation);
  // The anchors of a run of blocks do not depend on the other side: joined once.
  const sourceRuns = source.map((_, i) => runsFrom(source, i, MAX_SPLIT));
  const translationRuns = translation.map((_, j) => runsFrom(translation, j, 2));
  const relax = (bead: Bead, value: number): void => {
    const [, i] = bead.source;
    const [, j] = bead.translation;
    if (value < cost[i]![j]!) {
      cost[i]![j] = value;
      back[i]![j] = bead;
    }
  };
  cost[0]![0] = 0;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const here = cost[i]![j]!;
      if (here === Infinity) continue;
      if (i < source.length) relax(skip('source-only', [i, i + 1], [j, j]), here + SKIP_COST);
      if (j < translation.length) relax(skip('translation-only', [i, i], [j, j + 1]), here + SKIP_COST);
      if (i === source.length || j === translation.length) continue;
      const steps: [BeadOp, number, number, number][] = [['pair', 1, 1, PRIOR.pair]];
      if (j + 1 < translation.length) steps.push(['merge', 1, 2, PRIOR.merge]);
      for (let k = 2; k <= Math.min(MAX_SPLIT, translation[j]!.cuts + 1) && i + k <= source.length; k++) steps.push(['split', k, 1, PRIOR.split * SPLIT_DECAY ** (k - 2)]);
      for (const [op, k, l, prior] of steps) {
        const lengthFit = lengthProbability(sourceLengths[i + k]! - sourceLengths[i]!, translationLengths[j + l]! - translationLengths[j]!, model);
        const lengthCost = -Math.log(prior) - Math.log(Math.max(lengthFit, 1e-12));
        // No anchors make up for a length this far off: skipping every block involved is cheaper.
        if (lengthCost - MAX_ANCHOR_BONUS > SKIP_COST * (k + l)) continue;
        const kinds = kindsOf(source, i, i + k, translation, j, j + l);
        if (!compatible(op, kinds)) continue;
        const kindMismatch = op === 'pair' && kinds.size > 1;
        const anchors = compareAnchors(sourceRuns[i]![k - 1]!, translationRuns[j]![l - 1]!);
        const value = here + lengthCost + Math.max(anchorCost(anchors), -MAX_ANCHOR_BONUS) + (kindMismatch ? KIND_MISMATCH_COST : 0);
        if (value < cost[i + k]![j + l]!) relax({ op, source: [i, i + k], translation: [j, j + l], lengthFit, anchors, kindMismatch }, value);
      }
    }
  }
  const beads: Bead[] = [];
  for (let i = source.length, j = translation.length; i > 0 || j > 0; ) {
    const bead = back[i]![j]!;
    beads.push(bead);
    [i, j] = [bead.source[0], bead.translation[0]];
  }
  return beads.reverse();
}

const noAnchors: AnchorComparison = { shared: 0, conflicting: [] };

function skip(op: 'source-only' | 'translation-only', s: [number, number], t: [number, number]): Bead {
  return { op, source: s, translation: t, lengthFit: 0, anchors: noAnchors, kindMismatch: false };
}

function kindsOf(source: readonly Segment[], i: number, to: number, translation: readonly Segment[], j: number, end: number): Set<Segment['kind']> {
  const kinds = new Set<Segment['kind']>();
  for (let x = i; x < to; x++) kinds.add(source[x]!.kind);
  for (let y = j; y < end; y++) kinds.add(translation[y]!.kind);
  return kinds;
}

/** People pair only with people, one to one; a date line is never a translation of text. */
const compatible = (op: BeadOp, kinds: Set<Segment['kind']>): boolean => !kinds.has('date') && !(kinds.has('person') && (op !== 'pair' || kinds.size > 1));

/** The joined anchors of segments [from, from + 1), [from, from + 2), … up to `longest` segments. */
function runsFrom(segments: readonly Segment[], from: number, longest: number): Anchors[] {
  const runs: Anchors[] = [];
  for (let to = from + 1; to <= Math.min(segments.length, from + longest); to++) runs.push(to === from + 1 ? segments[from]!.anchors : joinAnchors([runs.at(-1)!, segments[to - 1]!.anchors]));
  return runs;
}

const prefixSums = (segments: readonly Segment[]): number[] => segments.reduce((sums, segment) => [...sums, sums.at(-1)! + segment.length], [0]);

export function anchorCost({ shared, conflicting }: AnchorComparison): number {
  const numbers = conflicting.filter((anchor) => /^#?\d/.test(anchor)).length;
  return -SHARED_WEIGHT * shared + NUMBER_CONFLICT_WEIGHT * numbers + WORD_CONFLICT_WEIGHT * (conflicting.length - numbers);
}

/** Gale and Church's P(|δ|): how likely a deviation at least this large is for a true pair. */
export function lengthProbability(sourceLength: number, translationLength: number, { ratio, variance }: LengthModel): number {
  const delta = (translationLength - sourceLength * ratio) / Math.sqrt(Math.max(sourceLength, 1) * variance);
  return 2 * (1 - normalCdf(Math.abs(delta)));
}

/** Φ(x), from the error function (Abramowitz and Stegun 7.1.26, error < 1.5e-7). */
function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-z * z);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}
