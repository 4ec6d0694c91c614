/**
 * Where two sequences of blocks stop corresponding, after Gale and Church's length-based sentence
 * alignment: a translation's blocks keep roughly the same length ratio to their originals, so the
 * cheapest way to pair two sequences — matching blocks of the same kind, or leaving one out —
 * shows which block has no counterpart.
 */

export interface Comparable {
  kind: string;
  text: string;
}

export type Step = { op: 'match' | 'onlyFirst' | 'onlySecond'; first: number; second: number };

/** Leaving a block out costs as much as pairing blocks whose length ratio is off by a factor of about five. */
const SKIP_COST = 3;

/**
 * The cheapest pairing of `first` and `second`, as steps in order. `logRatio` is the usual
 * ln(length of a translation / length of its original) in this document.
 */
export function alignSequences(first: readonly Comparable[], second: readonly Comparable[], logRatio: number): Step[] {
  const rows = first.length + 1;
  const cols = second.length + 1;
  const cost: number[][] = Array.from({ length: rows }, () => new Array<number>(cols).fill(Infinity));
  const from: (Step['op'] | undefined)[][] = Array.from({ length: rows }, () => new Array<Step['op'] | undefined>(cols));
  cost[0]![0] = 0;
  const relax = (i: number, j: number, value: number, op: Step['op']): void => {
    if (value < cost[i]![j]!) {
      cost[i]![j] = value;
      from[i]![j] = op;
    }
  };
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const here = cost[i]![j]!;
      if (here === Infinity) continue;
      if (i < first.length && j < second.length) relax(i + 1, j + 1, here + matchCost(first[i]!, second[j]!, logRatio), 'match');
      if (i < first.length) relax(i + 1, j, here + SKIP_COST, 'onlyFirst');
      if (j < second.length) relax(i, j + 1, here + SKIP_COST, 'onlySecond');
    }
  }
  const steps: Step[] = [];
  for (let i = first.length, j = second.length; i > 0 || j > 0; ) {
    const op = from[i]![j]!;
    if (op !== 'onlySecond') i--;
    if (op !== 'onlyFirst') j--;
    steps.push({ op, first: i, second: j });
  }
  return steps.reverse();
}

function matchCost(a: Comparable, b: Comparable, logRatio: number): number {
  if (a.kind !== b.kind) return Infinity;
  const deviation = Math.log((b.text.length + 1) / (a.text.length + 1)) - logRatio;
  return deviation * deviation;
}

/** ln(total translated length / total original length), over a whole document. */
export const lengthLogRatio = (originals: readonly string[], translations: readonly string[]): number =>
  Math.log((translations.join('').length + 1) / (originals.join('').length + 1));
