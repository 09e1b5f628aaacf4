import { describe, expect, it } from 'vitest';
import { fakeKind, registryOf } from '../testing/fakeKind.ts';
import {
  FACILITATOR,
  SYSTEM,
  participant,
  refusal,
  workshopHarness,
} from '../testing/workshopHarness.ts';
import type { WorkshopView } from '../views/workshopView.ts';

const photo = (blockId: string, more: Record<string, unknown> = {}) => ({
  id: 'ph1',
  blockId,
  caption: 'De flip-over van groep 2',
  people: false,
  consent: false,
  width: 2000,
  height: 1500,
  takenBy: 'fac1',
  ...more,
});

/** A workshop with one day, one plain block and one participant. */
function given() {
  const h = workshopHarness(registryOf(fakeKind('say'))).create();
  h.join('p1', 'formal');
  h.workshop(FACILITATOR, { type: 'addDay', title: 'Dag 1', date: null });
  const dayId = h.state.programme.days[0]!.id;
  h.workshop(FACILITATOR, {
    type: 'addBlock',
    dayId,
    title: 'Kegelen',
    startTime: null,
    durationMin: 30,
  });
  const blockId = Object.keys(h.state.programme.blocks)[0]!;
  const add = (more: Record<string, unknown> = {}) =>
    h.workshop(SYSTEM, { type: 'addReportPhoto', photo: photo(blockId, more) });
  const edit = (fields: Record<string, unknown>) =>
    h.workshop(FACILITATOR, {
      type: 'editReportPhoto',
      photoId: 'ph1',
      caption: 'Kegelen',
      people: true,
      consent: false,
      ...fields,
    });
  return { h, blockId, add, edit };
}

describe('report photos: adding', () => {
  it('given a block, when the server adds a photo, then it is stored with the server time', () => {
    const { h, blockId, add } = given();
    expect(add()).toEqual([{ type: 'reportPhotoAdded', photo: { ...photo(blockId), at: h.now } }]);
    expect(h.state.reportPhotos['ph1']).toMatchObject({
      blockId,
      caption: 'De flip-over van groep 2',
    });
  });

  it('refuses an unknown block, a second photo with the same id and prototype ids', () => {
    const { add } = given();
    expect(refusal(() => add({ blockId: 'nope' }))).toBe('WP_ERR_NOT_FOUND');
    add();
    expect(refusal(() => add())).toBe('WP_ERR_ALREADY_EXISTS');
    expect(refusal(() => add({ id: '__proto__' }))).toBe('WP_ERR_VALIDATION');
    expect(refusal(() => add({ blockId: 'constructor' }))).toBe('WP_ERR_VALIDATION');
    expect(refusal(() => add({ id: 'toString' }))).toBe('WP_ERR_VALIDATION');
  });

  it('is a system command: a facilitator or a participant cannot add a photo without bytes', () => {
    const { h, blockId } = given();
    const command = { type: 'addReportPhoto', photo: photo(blockId) };
    expect(refusal(() => h.workshop(FACILITATOR, command))).toBe('WP_ERR_FORBIDDEN');
    expect(refusal(() => h.workshop(participant('p1'), command))).toBe('WP_ERR_FORBIDDEN');
  });
});

describe('report photos: editing and removing', () => {
  it('given a photo, when a facilitator edits it, then caption, people and consent change', () => {
    const { h, add, edit } = given();
    add();
    expect(edit({ caption: '  Kegelen  ' })).toEqual([
      {
        type: 'reportPhotoEdited',
        photoId: 'ph1',
        caption: 'Kegelen',
        people: true,
        consent: false,
      },
    ]);
    expect(h.state.reportPhotos['ph1']).toMatchObject({ caption: 'Kegelen', people: true });
    // Nothing changed, nothing recorded.
    expect(edit({})).toEqual([]);
    // Consent given later.
    edit({ consent: true });
    expect(h.state.reportPhotos['ph1']?.consent).toBe(true);
  });

  it('refuses unknown and prototype photo ids, too long captions and participants', () => {
    const { h, add, edit } = given();
    add();
    expect(refusal(() => edit({ photoId: 'nope' }))).toBe('WP_ERR_NOT_FOUND');
    expect(refusal(() => edit({ photoId: '__proto__' }))).toBe('WP_ERR_VALIDATION');
    expect(refusal(() => edit({ caption: 'x'.repeat(301) }))).toBe('WP_ERR_VALIDATION');
    const remove = { type: 'removeReportPhoto', photoId: 'ph1' };
    expect(refusal(() => h.workshop(participant('p1'), remove))).toBe('WP_ERR_FORBIDDEN');
    expect(
      refusal(() =>
        h.workshop(FACILITATOR, { type: 'removeReportPhoto', photoId: 'hasOwnProperty' }),
      ),
    ).toBe('WP_ERR_VALIDATION');
  });

  it('given a photo, when it is removed, then it is gone and a second removal is not found', () => {
    const { h, add } = given();
    add();
    const remove = () => h.workshop(FACILITATOR, { type: 'removeReportPhoto', photoId: 'ph1' });
    expect(remove()).toEqual([{ type: 'reportPhotoRemoved', photoId: 'ph1' }]);
    expect(h.state.reportPhotos).toEqual({});
    expect(refusal(remove)).toBe('WP_ERR_NOT_FOUND');
  });
});

describe('report photos: who sees them', () => {
  it('facilitators get the photos; the projector and phones get none', () => {
    const { h, add } = given();
    add();
    const photos = (audience: string) =>
      (h.engine.views.computeView(h.state, { scope: 'workshop', audience })!.data as WorkshopView)
        .reportPhotos;
    expect(Object.keys(photos('facilitator'))).toEqual(['ph1']);
    expect(photos('projector')).toEqual({});
    expect(photos('participants')).toEqual({});
  });
});
