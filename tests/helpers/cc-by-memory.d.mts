import type { Io } from '../../src/terminal.js';

export declare const PROJECT_BASICS: string[];
export declare function emptyProject(repo: string, prefix: string): Promise<string>;
export declare function ccByMemory(main: (argv: string[], io: Io) => Promise<number>, repo: string, corpus: string, tmxFile: string): Promise<string[]>;
