import type { BulletMark } from './types.js';

/** Bullets by level; Chinese typography has none of its own, so every language takes these. */
export const BULLETS: readonly BulletMark[] = [
  { shape: 'disc', char: '•' },
  { shape: 'circle', char: '◦' },
  { shape: 'square', char: '▪' },
];
