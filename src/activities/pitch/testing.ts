import { texts } from '../../domain/coedit/yjsDoc.ts';
import { fakeEditor, readableWire } from '../../domain/coedit/testing.ts';
import { own } from '../../domain/ids.ts';
import type { PrepTexts } from './prep.ts';
import { PREP, type PitchView } from './schema.ts';

/**
 * Test helpers (unit, integration and browser tests): a phone's own Yjs document, which types
 * into a field and hands over its updates as base64, the way the phone view sends them.
 */
export const fakePhone = fakeEditor;

export { readableWire };

/** The texts of one preparation in a view, or null when the view does not hold it. */
export function textsIn(view: PitchView, partnershipId: string): PrepTexts | null {
  const prep = own(view.preps, partnershipId);
  return prep ? texts(PREP, prep) : null;
}
