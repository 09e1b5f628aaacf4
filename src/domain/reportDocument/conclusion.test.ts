import { describe, expect, it } from 'vitest';
import { FACILITATOR } from '../testing/workshopHarness.ts';
import { reportScene } from './testkit.ts';

describe('report document: the conclusion', () => {
  it('given no words and no draft, then there is no conclusion', () => {
    const { build } = reportScene();
    expect(build().sections.some((s) => s.kind === 'conclusion')).toBe(false);
  });

  it('given a draft from an activity, then it is the conclusion, saying it is a draft to replace', () => {
    const { say, build } = reportScene();
    say('anna', 'Het was waardevol');
    expect(build().sections.find((s) => s.kind === 'conclusion')).toEqual({
      id: 'conclusion',
      kind: 'conclusion',
      level: 1,
      title: 'conclusion',
      blocks: [
        { type: 'paragraph', text: 'conclusionDraft' },
        { type: 'paragraph', text: '1 lines' },
      ],
    });
  });

  it('given the facilitators’ own conclusion, then theirs replaces the draft', () => {
    const { h, say, build } = reportScene();
    say('anna', 'Het was waardevol');
    h.workshop(FACILITATOR, {
      type: 'editReportText',
      sectionId: 'conclusion',
      text: 'Informeel blijft nodig.',
    });
    const conclusion = build().sections.find((s) => s.kind === 'conclusion')!;
    expect(JSON.stringify(conclusion.blocks)).toContain('Informeel blijft nodig.');
    expect(JSON.stringify(conclusion.blocks)).not.toContain('conclusionDraft');
    expect(JSON.stringify(conclusion.blocks)).not.toContain('1 lines');
  });
});
