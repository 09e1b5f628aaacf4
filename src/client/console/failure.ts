import type { Translate } from '../../i18n/index.ts';
import { ApiError } from '../shared/api.ts';
import { goToLogin } from './navigation.ts';

/**
 * The message to show for a failed HTTP call, in the user's language. A lost session is not
 * something to read about: it sends the person to sign in (and back here afterwards).
 */
export function explainFailure(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.code === 'WP_ERR_UNAUTHENTICATED') goToLogin();
    if (error.status === 0) return t('console.form.network');
    return error.message || t(`errors.${error.code}`);
  }
  return t('errors.WP_ERR_INTERNAL');
}
