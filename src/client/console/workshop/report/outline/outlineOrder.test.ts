import { describe, expect, it } from 'vitest';
import type { OutlineSection } from '../../../../../domain/reportDocument/outline.ts';
import { moveSection, siblingsOf } from './outlineOrder.ts';

const s = (id: string, level: 1 | 2, kind: OutlineSection['kind']): OutlineSection => ({
  id,
  level,
  kind,
  title: id,
  movable: kind !== 'day',
  items: [],
});

const sections = [
  s('introduction', 1, 'introduction'),
  s('participants', 1, 'participants'),
  s('d1', 1, 'day'),
  s('b1', 2, 'block'),
  s('b2', 2, 'block'),
  s('d2', 1, 'day'),
  s('b3', 2, 'block'),
  s('actions', 1, 'actions'),
  s('actions-p', 2, 'actions'),
  s('conclusion', 1, 'conclusion'),
];

describe('moving a section in the outline', () => {
  it('given a block, when moved up, then it swaps with the block before it in its day', () => {
    expect(moveSection(sections, 'b2', 'up')).toEqual({
      sectionIds: [
        'introduction',
        'participants',
        'd1',
        'b2',
        'b1',
        'd2',
        'b3',
        'actions',
        'actions-p',
        'conclusion',
      ],
      position: 1,
      total: 2,
    });
  });

  it('given the first block of a day, when moved up, then nothing moves (not into another day)', () => {
    expect(moveSection(sections, 'b3', 'up')).toBeNull();
  });

  it('given a top-level section, when moved up, then it passes the days and takes its parts along', () => {
    expect(moveSection(sections, 'actions', 'up')?.sectionIds).toEqual([
      'introduction',
      'actions',
      'actions-p',
      'd1',
      'b1',
      'b2',
      'd2',
      'b3',
      'participants',
      'conclusion',
    ]);
    expect(siblingsOf(sections, 'conclusion').map((x) => x.id)).toEqual([
      'introduction',
      'participants',
      'actions',
      'conclusion',
    ]);
    expect(moveSection(sections, 'conclusion', 'down')).toBeNull();
  });
});
