import { useMemo } from 'preact/hooks';
import type { CoDoc } from '../../domain/coedit/doc.ts';
import type { CoEditSpec } from '../../domain/coedit/spec.ts';
import { texts } from '../../domain/coedit/yjsDoc.ts';

/**
 * A co-edited document's texts, to read (a summary, the projector): decoded once per change of
 * the document. A view's patch replaces only what changed, so an unchanged document keeps its
 * identity and is not decoded again.
 */
export function useTexts<F extends string>(
  spec: CoEditSpec<F>,
  doc: CoDoc | undefined,
): Readonly<Record<F, string>> {
  return useMemo(() => texts(spec, doc), [spec, doc]);
}
