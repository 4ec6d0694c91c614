/**
 * One translated block that carries several source blocks is cut where it fits best: at sentence
 * ends first, then at clause marks, so that each piece has about the length its source block
 * predicts and the numbers its source block has.
 */
import { anchorsOf, compareAnchors, type Anchors } from './anchors.js';

/** How readily a block is cut after each mark: sentence ends freely, commas reluctantly. */
const BOUNDARY_COST: Record<string, number> = { '。': 0, '！': 0, '？': 0, '.': 0, '!': 0, '?': 0, '；': 0.4, ';': 0.4, '：': 0.8, ':': 0.8, '，': 1.5, ',': 1.5 };
/** A Markdown heading the file glued to the end of a paragraph ("…遵行；## 第一条"). */
const GLUED_HEADING = /\s*#{1,6}\s+(?=\S)/g;

interface Boundary {
  at: number;
  cost: number;
}

/**
 * Cuts `text` into `sources.length` pieces; `sources` are the source blocks' lengths and anchors.
 * Returns undefined when the text has too few places to cut.
 */
export function splitBlock(text: string, sources: readonly { length: number; anchors: Anchors }[]): string[] | undefined {
  const boundaries = boundariesOf(text);
  const pieces = sources.length;
  if (boundaries.length < pieces - 1) return undefined;
  const total = sources.reduce((sum, s) => sum + s.length, 0) || 1;
  const points: Boundary[] = [{ at: 0, cost: 0 }, ...boundaries, { at: text.length, cost: 0 }];
  const pieceCost = (from: Boundary, to: Boundary, k: number): number => {
    const piece = text.slice(from.at, to.at);
    const expected = (text.length * sources[k]!.length) / total;
    const deviation = Math.log((piece.length + 1) / (expected + 1));
    const { conflicting } = compareAnchors(sources[k]!.anchors, anchorsOf(piece, [], 'translation'));
    return 2 * deviation * deviation + to.cost + conflicting.filter((a) => /^#?\d/.test(a)).length;
  };
  // best[k][p]: cheapest cut of the first k pieces ending at point p.
  const best = Array.from({ length: pieces + 1 }, () => new Array<number>(points.length).fill(Infinity));
  const from = Array.from({ length: pieces + 1 }, () => new Array<number>(points.length).fill(-1));
  best[0]![0] = 0;
  for (let k = 1; k <= pieces; k++) {
    for (let p = k; p < points.length; p++) {
      if (k === pieces && p !== points.length - 1) continue;
      for (let q = k - 1; q < p; q++) {
        const value = best[k - 1]![q]! + pieceCost(points[q]!, points[p]!, k - 1);
        if (value < best[k]![p]!) {
          best[k]![p] = value;
          from[k]![p] = q;
        }
      }
    }
  }
  const cuts: number[] = [];
  for (let k = pieces, p = points.length - 1; k > 0; p = from[k]![p]!, k--) cuts.unshift(points[p]!.at);
  return cuts.map((end, k) => text.slice(k === 0 ? 0 : cuts[k - 1], end).replace(/^\s*#{1,6}\s+/, '').trim());
}

function boundariesOf(text: string): Boundary[] {
  const boundaries: Boundary[] = [];
  for (const match of text.matchAll(GLUED_HEADING)) if (match.index > 0) boundaries.push({ at: match.index, cost: 0 });
  for (let i = 0; i < text.length - 1; i++) {
    const cost = BOUNDARY_COST[text[i]!];
    // After a Latin full stop only when a space follows (not in 3.5 or U.S.).
    if (cost === undefined || (/[.!?;:,]/.test(text[i]!) && text[i + 1] !== ' ')) continue;
    let at = i + 1;
    while (/[”’」』)）\s]/.test(text[at] ?? '')) at++;
    if (at < text.length) boundaries.push({ at, cost });
  }
  return boundaries.sort((a, b) => a.at - b.at).filter((b, i, all) => i === 0 || b.at !== all[i - 1]!.at);
}
