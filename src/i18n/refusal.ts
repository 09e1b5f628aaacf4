import type { ErrorCode, ErrorParams } from '../domain/errors.ts';
import type { Translate, TranslateParams } from './index.ts';
import { NAMED_FIELDS, type NamedField } from './nl/errors.ts';

const NAMED: ReadonlySet<string> = new Set(NAMED_FIELDS);

/**
 * The interpolation params for a coded error's message. For WP_ERR_VALIDATION with a `reason`
 * (see docs/protocol.md) it picks the message of that reason (i18next context) and names the
 * field: `fieldLabel` when the screen knows its own label, else the catalogue's word for the
 * field. Used by the server for `error.message` and by screens that place an error at its field.
 */
export function refusalParams(
  t: Translate,
  code: ErrorCode,
  params: ErrorParams = {},
  fieldLabel?: string,
): TranslateParams {
  const { reason, field } = params;
  if (code !== 'WP_ERR_VALIDATION' || typeof reason !== 'string') return params;
  // The first part of a path names the field: `strengths.0.id` is about the strengths.
  const first = String(field ?? '').split('.')[0] ?? '';
  const named: NamedField = NAMED.has(first) ? (first as NamedField) : 'other';
  return { ...params, context: reason, fieldName: fieldLabel ?? t(`errors.fieldNames.${named}`) };
}

/** The message for a coded error, in the language of `t` (the app catalogue). */
export function refusalMessage(
  t: Translate,
  code: ErrorCode,
  params?: ErrorParams,
  fieldLabel?: string,
): string {
  return t(`errors.${code}`, refusalParams(t, code, params, fieldLabel));
}
