import { build, type BuildRequest, type BuildResult } from './index.js';

/** A worker of the profile batch: builds one profile's outputs; the batch writes the manifest. */
export default function buildInWorker(request: BuildRequest): Promise<BuildResult> {
  return build({ ...request, manifest: false });
}
