import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { bootstrap } from '../../src/server/demo/bootstrap.ts';
import { CLIENT_DIR } from './browser.ts';

export interface DemoServer {
  readonly url: string;
  readonly app: App;
  readonly workshopId: string;
  readonly code: string;
  close(): Promise<void>;
}

/** The built app (dist/client) on a fresh data folder, with the demo workshop, as `npm start` makes it. */
export async function startDemoServer(): Promise<DemoServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wp-e2e-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    WERKPLAATS_DATA_DIR: dataDir,
    WERKPLAATS_DEMO: '1',
    LOG_LEVEL: 'silent',
  });
  const app = await createApp({ config, clientDir: CLIENT_DIR });
  const info = await bootstrap(app.ctx);
  if (info.mode !== 'demo') throw new Error('demo mode expected');
  await app.fastify.listen({ port: 0, host: '127.0.0.1' });
  const address = app.fastify.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    workshopId: info.workshopId,
    code: info.code,
    close: () => app.close(),
  };
}
