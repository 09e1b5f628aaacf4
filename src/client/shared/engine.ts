import { registry } from '../../activities/registry.ts';
import { createEngine } from '../../domain/engine.ts';

/** The same engine as the server's, built from the same registry. */
export const engine = createEngine(registry);
export { registry };
