import { describe, expect, it } from 'vitest';
import type { ReportPhoto } from '../reportPhotos/state.ts';
import { emptyWorkshop, type WorkshopState } from '../workshop/state.ts';
import type { ReportSection } from './document.ts';
import { appendReportPhotos, photoIdsOf } from './photos.ts';

const photo = (id: string, more: Partial<ReportPhoto> = {}): ReportPhoto => ({
  id,
  blockId: 'b1',
  caption: `Foto ${id}`,
  people: false,
  consent: false,
  width: 400,
  height: 300,
  takenBy: 'fac1',
  at: 1,
  ...more,
});

const stateWith = (...photos: ReportPhoto[]): WorkshopState => ({
  ...emptyWorkshop,
  reportPhotos: Object.fromEntries(photos.map((p) => [p.id, p])),
});

const sections = (): ReportSection[] => [
  { id: 'd1', kind: 'day', level: 1, title: 'Dag 1', blocks: [] },
  {
    id: 'b1',
    kind: 'block',
    level: 2,
    title: 'Kegelen',
    blocks: [{ type: 'paragraph', text: 'Wat we deden.' }],
  },
  { id: 'b2', kind: 'block', level: 2, title: 'Lunch', blocks: [] },
];

describe('report document: photos at the end of their block', () => {
  it('given photos in the order taken, then they follow what the block reports', () => {
    const all = sections();
    appendReportPhotos(all, stateWith(photo('late', { at: 9 }), photo('early', { at: 2 })));
    expect(all[1]!.blocks).toEqual([
      { type: 'paragraph', text: 'Wat we deden.' },
      { type: 'photo', photoId: 'early', caption: 'Foto early', width: 400, height: 300 },
      { type: 'photo', photoId: 'late', caption: 'Foto late', width: 400, height: 300 },
    ]);
    expect(all[2]!.blocks).toEqual([]);
    expect(photoIdsOf(all)).toEqual(['early', 'late']);
  });

  it('never shows recognisable people without everyone’s yes', () => {
    const all = sections();
    appendReportPhotos(
      all,
      stateWith(
        photo('without', { people: true, consent: false }),
        photo('with', { people: true, consent: true }),
        photo('nobody', { people: false, consent: false }),
      ),
    );
    expect(photoIdsOf(all).sort()).toEqual(['nobody', 'with']);
  });

  it('uses the block title when a photo has no caption; a removed block shows none', () => {
    const all = sections();
    appendReportPhotos(
      all,
      stateWith(photo('a', { caption: '' }), photo('b', { blockId: 'gone' })),
    );
    expect(all[1]!.blocks.at(-1)).toMatchObject({ type: 'photo', caption: 'Kegelen' });
    expect(photoIdsOf(all)).toEqual(['a']);
  });
});
