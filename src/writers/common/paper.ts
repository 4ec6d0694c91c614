/**
 * The paper editions are set on (`--paper`, `paper:` in data/config.yaml or a profile): the one place
 * that knows page sizes. Writers state their margins for A4 and scale them to the paper here, so a
 * Letter page keeps the proportions of the A4 design; measures follow from page size minus margins.
 */
export const PAPERS = ['a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];

export const DEFAULT_PAPER: Paper = 'a4';

interface PaperSize {
  /** Points (1/72 in). */
  width: number;
  height: number;
  /** The CSS `@page { size }` keyword. */
  css: string;
}

const SIZES: Record<Paper, PaperSize> = {
  a4: { width: 595.28, height: 841.89, css: 'A4' },
  letter: { width: 612, height: 792, css: 'letter' },
};

export const paperSize = (paper: Paper): PaperSize => SIZES[paper];

/** Margins given for A4 as [left, top, right, bottom], scaled to `paper` (rounded to 0.01). */
export function scaleMargins(paper: Paper, [left, top, right, bottom]: readonly [number, number, number, number]): [number, number, number, number] {
  const x = SIZES[paper].width / SIZES.a4.width;
  const y = SIZES[paper].height / SIZES.a4.height;
  const round = (n: number) => Math.round(n * 100) / 100;
  return [round(left * x), round(top * y), round(right * x), round(bottom * y)];
}

/** Points in Word's twentieths of a point. */
export const twips = (points: number): number => Math.round(points * 20);
