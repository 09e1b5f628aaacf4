import { useState } from 'preact/hooks';
import { refusalMessage } from '../../../../../i18n/refusal.ts';
import { useLanguage, useT } from '../../../../../ui/i18n.tsx';
import { goToLogin } from '../../../navigation.ts';
import { formatSize } from '../../format.ts';
import {
  MAX_PHOTO_BYTES,
  uploadPhoto,
  type PhotoFields,
  type PhotoUploadResult,
} from './photoUpload.ts';

export type UploadState =
  | { readonly step: 'idle' }
  | { readonly step: 'sending'; readonly percent: number }
  | { readonly step: 'failed'; readonly message: string };

/**
 * Sends one photo and says how it went: progress while it goes, a message that says what to do
 * when it fails. The caller keeps the file, so "try again" sends the same photo.
 */
export function usePhotoUpload(workshopId: string, blockId: string) {
  const t = useT();
  const language = useLanguage();
  const [state, setState] = useState<UploadState>({ step: 'idle' });

  function explain(result: Extract<PhotoUploadResult, { ok: false }>, file: File): string {
    if (result.code === 'WP_ERR_UNAUTHENTICATED') goToLogin();
    if (result.status === 413 || result.code === 'WP_ERR_TOO_LARGE')
      return t('console.photos.tooLarge', { size: formatSize(file.size, language) });
    if (result.code === 'WP_ERR_VALIDATION' && result.params?.field === 'file')
      return t('console.photos.notAPhoto');
    if (result.message) return result.message;
    if (result.code) return refusalMessage(t, result.code, result.params);
    if (result.status === 0) return t('console.form.network');
    return t('console.photos.failed');
  }

  async function send(file: File, fields: PhotoFields): Promise<boolean> {
    if (file.size >= MAX_PHOTO_BYTES) {
      setState({
        step: 'failed',
        message: t('console.photos.tooLarge', { size: formatSize(file.size, language) }),
      });
      return false;
    }
    setState({ step: 'sending', percent: 0 });
    const result = await uploadPhoto(workshopId, blockId, file, fields, (fraction) =>
      setState({ step: 'sending', percent: Math.round(fraction * 100) }),
    );
    setState(result.ok ? { step: 'idle' } : { step: 'failed', message: explain(result, file) });
    return result.ok;
  }

  return { state, send, reset: () => setState({ step: 'idle' }) };
}
