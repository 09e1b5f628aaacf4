import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  DomainError,
  ERROR_STATUS,
  type ErrorCode,
  type ErrorParams,
} from '../../domain/errors.ts';
import { DEFAULT_LANGUAGE, pickLanguage, type Language } from '../../domain/language.ts';
import { translator } from '../../i18n/index.ts';
import { refusalParams } from '../../i18n/refusal.ts';
import type { AppContext, WireError } from '../context.ts';

/** The language to answer a request in: an explicit choice, else the browser's preference. */
export function requestLanguage(request: FastifyRequest): Language {
  const chosen = request.cookies?.['wp_lang'];
  return pickLanguage(chosen ?? request.headers['accept-language']);
}

/**
 * A coded error as it goes on the wire. A validation error names its field and reason in
 * `params` (for the client to place and word it) and, in `message`, says which field and what
 * to do in the user's language ("De tekst is te lang. Er passen 500 tekens in.").
 */
export function wireError(
  ctx: AppContext,
  code: ErrorCode,
  language: Language,
  params: ErrorParams = {},
): WireError {
  const messageParams = refusalParams(translator(ctx.i18n, language), code, params);
  return { code, message: ctx.message(code, language, messageParams), params };
}

export function sendError(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  params?: ErrorParams,
) {
  return reply
    .status(ERROR_STATUS[code])
    .send({ ok: false, error: wireError(ctx, code, requestLanguage(request), params) });
}

/** Maps framework errors to coded ones, so every failure the user meets has a code and a message. */
function codeFor(error: FastifyError | DomainError): ErrorCode {
  if (error instanceof DomainError) return error.code;
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.statusCode === 413)
    return 'WP_ERR_TOO_LARGE';
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH' || error.statusCode === 414)
    return 'WP_ERR_URI_TOO_LONG';
  if (error.statusCode === 429) return 'WP_ERR_RATE_LIMITED';
  if (
    error.validation ||
    error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ||
    error.code?.startsWith('FST_ERR_CTP')
  ) {
    return 'WP_ERR_VALIDATION';
  }
  if (error.statusCode === 404) return 'WP_ERR_NOT_FOUND';
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
    return 'WP_ERR_VALIDATION';
  return 'WP_ERR_INTERNAL';
}

export function installErrorHandling(app: FastifyInstance, ctx: AppContext) {
  app.setErrorHandler((error: FastifyError | DomainError, request, reply) => {
    const code = codeFor(error);
    if (code === 'WP_ERR_INTERNAL') request.log.error({ err: error }, 'request failed');
    const params = error instanceof DomainError ? error.params : undefined;
    return sendError(ctx, request, reply, code, params);
  });
  app.setNotFoundHandler((request, reply) => sendError(ctx, request, reply, 'WP_ERR_NOT_FOUND'));
}

/**
 * Fastify's `frameworkErrors`: refusals made before any route runs (a URL that is not valid
 * percent-encoding, a path segment longer than `maxParamLength`), coded like every other error
 * instead of Fastify's own `{ statusCode, error, message }`.
 */
export function sendFrameworkError(
  ctx: AppContext,
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const code = error.code === 'FST_ERR_ASYNC_CONSTRAINT' ? 'WP_ERR_INTERNAL' : codeFor(error);
  if (code === 'WP_ERR_INTERNAL') request.log.error({ err: error }, 'request failed');
  return sendError(ctx, request, reply, code);
}

/**
 * Fastify's `clientErrorHandler`: requests Node could not even parse (headers or URL over
 * Node's header limit, broken HTTP). There is no request object yet, so this writes the coded
 * answer on the socket itself, in the default language, and closes the connection.
 */
export function writeClientError(
  ctx: AppContext,
  error: Error & { code?: string },
  socket: Duplex,
) {
  // A reset connection, or a request that timed out half-way: nobody is reading an answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    socket.destroy(error);
    return;
  }
  const code: ErrorCode =
    error.code === 'HPE_HEADER_OVERFLOW' ? 'WP_ERR_HEADERS_TOO_LARGE' : 'WP_ERR_VALIDATION';
  const status = ERROR_STATUS[code];
  const body = JSON.stringify({ ok: false, error: wireError(ctx, code, DEFAULT_LANGUAGE) });
  if (!socket.writable) {
    socket.destroy(error);
    return;
  }
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n` +
      `Content-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      `Connection: close\r\n\r\n${body}`,
  );
}
