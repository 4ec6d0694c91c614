import { build, type BuildRequest, type BuildResult } from './index.js';

/** A worker of the profile batch: stages one profile's outputs into the batch's staging folder; the batch publishes them. */
export default function buildInWorker(request: BuildRequest & { stagingDir: string }): Promise<BuildResult> {
  return build(request);
}
