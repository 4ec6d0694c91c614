/**
 * The shared corpus of real documents (../shared/corpus beside the repository; a worktree finds it
 * beside an ancestor folder). Tests that need it fail, rather than skip, when it is missing.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './project.js';

function findCorpus(): string {
  for (let dir = path.dirname(REPO_ROOT); ; dir = path.dirname(dir)) {
    const corpus = path.join(dir, 'shared', 'corpus');
    if (existsSync(corpus)) return corpus;
    if (path.dirname(dir) === dir) throw new Error(`no shared/corpus beside ${REPO_ROOT} or any folder above it`);
  }
}

export const CORPUS = findCorpus();
