import { react } from './reactions.ts';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { pino, type DestinationStream } from 'pino';
import { registry } from '../activities/registry.ts';
import { createEngine } from '../domain/engine.ts';
import type { ErrorCode } from '../domain/errors.ts';
import { createI18n, translator } from '../i18n/index.ts';
import { isAllowedOrigin } from './auth/origin.ts';
import { createMemoryBus } from './bus/memory.ts';
import type { Bus } from './bus/types.ts';
import type { Config } from './config.ts';
import type { AppContext } from './context.ts';
import { authRoutes } from './http/authRoutes.ts';
import {
  installErrorHandling,
  sendError,
  sendFrameworkError,
  writeClientError,
} from './http/errors.ts';
import { exportRoutes } from './http/exportRoutes.ts';
import { reportRoutes } from './http/reportRoutes.ts';
import { documentRoutes } from './http/documentRoutes.ts';
import { photoRoutes } from './http/photoRoutes.ts';
import { deletePhoto } from './services/photos.ts';
import { joinRoutes } from './http/joinRoutes.ts';
import { registerMetricsRoute } from './http/metricsRoute.ts';
import { installNotFoundPage, pageRoutes } from './http/pages.ts';
import { installRequestLog } from './http/requestLog.ts';
import { workshopRoutes } from './http/workshopRoutes.ts';
import { attachGateway } from './realtime/gateway.ts';
import { PresenceTracker } from './realtime/presence.ts';
import { Rooms } from './room/rooms.ts';
import { MAX_DOCUMENT_BYTES } from './services/documents.ts';
import { TimerScheduler } from './room/scheduler.ts';
import { openSqliteStores } from './store/sqlite/open.ts';
import type { Stores } from './store/types.ts';

export interface AppOptions {
  readonly config: Config;
  /** Defaults to the SQLite file from the config. */
  readonly stores?: Stores;
  /** Defaults to the in-process bus. */
  readonly bus?: Bus;
  /** Where the built client lives; defaults to `dist/client` beside the server bundle. */
  readonly clientDir?: string;
  readonly now?: () => number;
  /** Where log lines go; defaults to stdout (tests read them from a stream). */
  readonly logStream?: DestinationStream;
}

export interface App {
  readonly fastify: FastifyInstance;
  readonly ctx: AppContext;
  close(): Promise<void>;
}

const here = path.dirname(fileURLToPath(import.meta.url));

/** Builds the whole server without listening: tests call `app.fastify.listen` themselves. */
export async function createApp(options: AppOptions): Promise<App> {
  const { config } = options;
  const logger: FastifyBaseLogger = pino(
    {
      level: config.logLevel,
      redact: ['req.headers.cookie', 'req.headers.authorization'],
    },
    // Written at once, in order with the start banner (console.log): the log is a line a
    // minute now, so there is nothing to gain from pino's buffered writing.
    options.logStream ?? pino.destination({ dest: 1, sync: true }),
  );
  const fastify = Fastify({
    loggerInstance: logger,
    // No two lines per request: one summary a minute instead (http/requestLog.ts), so the
    // start banner stays in view.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 64 * 1024,
    trustProxy: config.trustProxy,
    // Fastify's own refusals (bad or too long URLs, unparsable requests) get coded errors too.
    frameworkErrors: (error, request, reply) => sendFrameworkError(ctx, error, request, reply),
    clientErrorHandler: (error, socket) => writeClientError(ctx, error, socket),
  });
  const stores = options.stores ?? (await openSqliteStores(config.databaseFile));
  const bus = options.bus ?? createMemoryBus();
  const engine = createEngine(registry);
  const now = options.now ?? Date.now;
  const i18n = createI18n(registry, 'nl');
  const presence = new PresenceTracker(now);
  const rooms = new Rooms(engine, stores.events, bus, {
    now,
    present: (workshopId) => presence.present(workshopId),
    onLoaded: (room) => scheduler.sync(room),
    onError: (err, context) => logger.error({ err, context }, 'room error'),
  });

  const ctx: AppContext = {
    config,
    stores,
    rooms,
    engine,
    registry,
    i18n,
    presence,
    log: fastify.log,
    now,
    message: (code: ErrorCode, language, params) =>
      translator(i18n, language)(`errors.${code}`, params),
  };

  // Activities' timers (a round that ends) run as commands of the system.
  const scheduler = new TimerScheduler(
    engine,
    now,
    (workshopId, timer, clientActionId) =>
      rooms.execute(
        workshopId,
        { kind: 'system' },
        { activityId: timer.activityId, command: timer.command },
        clientActionId,
      ),
    (err) => logger.error({ err }, 'timer failed'),
  );
  rooms.onApplied((room) => scheduler.sync(room));

  // Removing a participant also revokes their tokens (the state already refuses them).
  rooms.onApplied((room, envelopes) =>
    react(
      {
        participantRemoved: ({ participantId }) => {
          stores.accounts
            .revokeParticipantTokens(room.workshopId, participantId, now())
            .catch((err: unknown) => logger.error({ err }, 'token revocation failed'));
        },
        // A removed photo is deleted, not only hidden: it may show people who said no.
        reportPhotoRemoved: ({ photoId }) => {
          deletePhoto(stores.documents, photoId).catch((err: unknown) =>
            logger.error({ err }, 'photo deletion failed'),
          );
        },
      },
      envelopes,
      undefined,
    ),
  );

  await fastify.register(fastifyCookie);
  await fastify.register(fastifyHelmet, {
    hsts: config.secureCookies,
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'img-src': ["'self'", 'data:'],
        'style-src': ["'self'", "'unsafe-inline'"],
        // On plain http (a laptop on venue wifi) upgrading would break every request.
        'upgrade-insecure-requests': config.secureCookies ? [] : null,
      },
    },
  });
  await fastify.register(fastifyRateLimit, { global: false });
  await fastify.register(fastifyMultipart, {
    limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1, fields: 5 },
  });
  installErrorHandling(fastify, ctx);
  installRequestLog(fastify);
  installNotFoundPage(fastify, ctx);

  // Cross-site protection for cookie-authenticated writes (see auth/origin.ts).
  fastify.addHook('onRequest', async (request, reply) => {
    if (request.method === 'GET' || request.method === 'HEAD') return;
    if (!isAllowedOrigin(request.headers.origin, request.headers.host, config)) {
      return sendError(ctx, request, reply, 'WP_ERR_BAD_ORIGIN');
    }
  });

  fastify.get('/api/health', async () => ({ ok: true }));
  await fastify.register(authRoutes(ctx));
  await fastify.register(workshopRoutes(ctx));
  await fastify.register(joinRoutes(ctx));
  await fastify.register(documentRoutes(ctx));
  await fastify.register(photoRoutes(ctx));
  await fastify.register(exportRoutes(ctx));
  await fastify.register(reportRoutes(ctx));
  if (config.metrics) registerMetricsRoute(fastify);
  await fastify.register(pageRoutes(options.clientDir ?? path.resolve(here, '../client')));

  const gateway = attachGateway(ctx, fastify.server, bus, presence);

  return {
    fastify,
    ctx,
    async close() {
      scheduler.close();
      await gateway.close();
      await fastify.close();
      rooms.close();
      await bus.close();
      await stores.close();
    },
  };
}
