import { describe, expect, it } from 'vitest';
import { reportScene } from './testkit.ts';

describe('report document: the appendix with every contribution', () => {
  it('given contributions, then it is the last part: per activity its records by code, with where each came from, no names', () => {
    const { say, build, talk } = reportScene();
    say('anna', 'Zij kennen de ouders');
    say('chadia', 'anon:Wij worden niet gehoord');
    const sections = build().sections;
    const appendix = sections.filter((s) => s.kind === 'appendix');
    expect(sections.slice(-2)).toEqual(appendix);
    expect(appendix[0]).toEqual({
      id: 'appendix',
      kind: 'appendix',
      level: 1,
      title: 'appendix',
      blocks: [{ type: 'paragraph', text: 'appendixIntro' }],
    });
    expect(appendix[1]).toEqual({
      id: `appendix-${talk}`,
      kind: 'appendix',
      level: 2,
      title: 'Praten', // the activity's title
      blocks: [
        {
          type: 'list',
          title: 'code',
          items: [
            'Zij kennen de ouders (Utrecht, person.formal)',
            // Anonymous: only the group it came from, nothing of its author.
            'anon:Wij worden niet gehoord (Groep 1)',
          ],
        },
      ],
    });
    expect(JSON.stringify(sections)).not.toContain('Anna de Vries');
  });

  it('given names chosen, then named work says by whom, anonymous work still not', () => {
    const { say, build } = reportScene();
    say('anna', 'Zij kennen de ouders');
    say('chadia', 'anon:Wij worden niet gehoord');
    const doc = build({ names: true });
    const part = doc.sections.at(-1)!;
    expect(doc.sections.at(-2)!.blocks).toEqual([
      { type: 'paragraph', text: 'appendixIntroNames' },
    ]);
    expect(part.blocks).toEqual([
      {
        type: 'list',
        title: 'code',
        items: [
          'Zij kennen de ouders (Utrecht, person.formal) — Anna de Vries (Utrecht, person.formal)',
          'anon:Wij worden niet gehoord (Groep 1)',
        ],
      },
    ]);
  });

  it('given the appendix turned off, or nothing recorded, then there is none', () => {
    const { say, build } = reportScene();
    expect(build().sections.some((s) => s.kind === 'appendix')).toBe(false);
    say('anna', 'Zij kennen de ouders');
    const off = build({ names: false, appendix: false });
    expect(off.sections.some((s) => s.kind === 'appendix')).toBe(false);
  });
});
