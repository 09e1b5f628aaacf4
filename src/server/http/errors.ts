import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  DomainError,
  ERROR_STATUS,
  type ErrorCode,
  type ErrorParams,
} from '../../domain/errors.ts';
import { pickLanguage, type Language } from '../../domain/language.ts';
import type { AppContext, WireError } from '../context.ts';

/** The language to answer a request in: an explicit choice, else the browser's preference. */
export function requestLanguage(request: FastifyRequest): Language {
  const chosen = request.cookies?.['wp_lang'];
  return pickLanguage(chosen ?? request.headers['accept-language']);
}

export function wireError(
  ctx: AppContext,
  code: ErrorCode,
  language: Language,
  params: ErrorParams = {},
): WireError {
  return { code, message: ctx.message(code, language, params), params };
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
