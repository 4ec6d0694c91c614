import path from 'node:path';
import { runCheck } from '../check/index.js';
import { errorLine, plural, type Io } from '../terminal.js';
import { readManifest } from '../io/manifest.js';
import { startWatch, type WatchRequest } from '../watch/session.js';
import type { PreviewState } from './page.js';
import { startServer } from './server.js';

export interface PreviewSession {
  url: string;
  /** Resolves once no build is waiting or running, and the page state is up to date. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * `briefing preview`: serves the outputs and the index page on 127.0.0.1:`port` (0: a free port),
 * builds and watches as `briefing watch`
 * does, and after each build refreshes what the page shows (outputs, check findings, the error of a
 * broken edit) and tells open pages to reload.
 */
export async function startPreview(request: Omit<WatchRequest, 'onBuild'>, port: number, io: Io): Promise<PreviewSession> {
  const outDir = path.resolve(request.outDir);
  let state: PreviewState = { outputs: [], check: { errors: [], warnings: [] }, generation: 0, status: 'building…' };
  const server = await startServer(outDir, () => state, port);
  io.out(`preview at ${server.url}`);

  const refresh = async (outcome: Parameters<NonNullable<WatchRequest['onBuild']>>[0]): Promise<void> => {
    const time = new Date().toLocaleTimeString('en-GB');
    const status =
      'error' in outcome
        ? `build failed at ${time}`
        : `${time}: ${plural(outcome.result.outputs.length + outcome.result.unchanged.length, 'output')}, ${outcome.result.outputs.length} rebuilt, ${outcome.result.unchanged.length} unchanged`;
    let check: PreviewState['check'];
    try {
      const { errors, warnings } = await runCheck({ root: request.root, agreementId: request.agreementId });
      check = { errors, warnings };
    } catch (error) {
      check = { failed: errorLine(error) };
    }
    state = { outputs: await readManifest(path.join(outDir, 'manifest.json')), error: 'error' in outcome ? outcome.error : undefined, check, generation: state.generation + 1, status };
    server.reload();
  };

  const session = await startWatch({ ...request, onBuild: refresh }, io);
  return {
    url: server.url,
    idle: () => session.idle(),
    async close() {
      await session.close();
      await server.close();
    },
  };
}
