import type { ErrorParams } from '../domain/errors.ts';
import type { Translate } from '../i18n/index.ts';
import { refusalMessage } from '../i18n/refusal.ts';
import type { SendResult } from './activityView.ts';

/** A refused command; `params` arrive once the connection passes them on (see docs/protocol.md). */
type Failure = Extract<SendResult, { ok: false }> & { readonly params?: ErrorParams };

/**
 * Where a refused command's message belongs and what it says. A validation refusal about one
 * of the form's own `fields` (`params.field`) goes to that field, worded for that field and
 * reason in the app's language ("De tekst is te lang. Er passen 500 tekens in."); anything else
 * is for the form as a whole, with the server's message (in the participant's language).
 */
export function sendFailure(
  result: Failure,
  tApp: Translate,
  fields: readonly string[] = [],
): { field: string | null; message: string } {
  const path = result.params?.field;
  const field = typeof path === 'string' ? (path.split('.')[0] ?? '') : '';
  if (result.code === 'WP_ERR_VALIDATION' && fields.includes(field))
    return { field, message: refusalMessage(tApp, result.code, result.params) };
  return {
    field: null,
    message: result.message || refusalMessage(tApp, result.code, result.params),
  };
}
