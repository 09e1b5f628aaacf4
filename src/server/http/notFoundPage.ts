import type { FastifyReply, FastifyRequest } from 'fastify';
import { LANGUAGES, textDirection, type Language } from '../../domain/language.ts';
import { translator } from '../../i18n/index.ts';
import type { AppContext } from '../context.ts';
import { encodeOnce, pickBody, type EncodedBody } from './encoding.ts';
import { requestLanguage } from './errors.ts';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/**
 * A plain page, no script: it must show even when the client is not built or fails to load.
 * Colours and sizes follow src/ui/styles.css (its primary colour, 44 px touch targets).
 */
function render(ctx: AppContext, language: Language): string {
  const t = translator(ctx.i18n, language);
  const s = (key: string) => escapeHtml(t(`common.notFound.${key}`));
  return `<!doctype html>
<html lang="${language}" dir="${textDirection(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${s('title')} – ${escapeHtml(t('common.appName'))}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<style>
body{margin:0;font:1.125rem/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Noto Sans Arabic',sans-serif;color:#1b1b1b;background:#f6f4ef}
main{max-width:34rem;margin:0 auto;padding:2.5rem 1.25rem}
h1{font-size:1.75rem;line-height:1.2;margin:0 0 1rem}
ul{list-style:none;padding:0;margin:2rem 0 0;display:grid;gap:.75rem}
a{display:flex;align-items:center;min-height:44px;padding:.5rem 1rem;line-height:1.3;border-radius:10px;
border:2px solid #0a5c63;color:#0a5c63;background:#fff;font-weight:600;text-decoration:none}
a.primary{background:#0a5c63;color:#fff}
a:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}
</style>
</head>
<body>
<main>
<h1>${s('title')}</h1>
<p>${s('text')}</p>
<ul>
<li><a class="primary" href="/">${s('join')}</a></li>
<li><a href="/login">${s('signIn')}</a></li>
</ul>
</main>
</body>
</html>
`;
}

/**
 * The page for an address that does not exist, in the browser's language (Dutch when it
 * prefers none we have), compressed once per language.
 */
export function notFoundPage(ctx: AppContext) {
  const pages = new Map<Language, EncodedBody>(
    LANGUAGES.map((language) => [language, encodeOnce(Buffer.from(render(ctx, language)))]),
  );
  return (request: FastifyRequest, reply: FastifyReply) => {
    const language = requestLanguage(request);
    const page = pages.get(language) ?? pages.get('nl');
    if (!page) throw new Error('no not-found page rendered');
    const { body, encoding } = pickBody(page, request.headers['accept-encoding']);
    if (encoding) reply.header('content-encoding', encoding);
    return reply
      .status(404)
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header('vary', 'accept-encoding, accept-language, cookie')
      .send(body);
  };
}
