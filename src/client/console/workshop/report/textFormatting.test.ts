import { describe, expect, it } from 'vitest';
import { richTextBlocks } from '../../../../domain/reportDocument/richText.ts';
import { applyFormat, type Edit, type Format } from './textFormatting.ts';

const WORDS = { placeholder: 'tekst', linkText: 'linktekst' };

/** `[` and `]` in the text mark the selection, as a person would see it. */
function given(marked: string): Edit {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  return { value: marked.replace('[', '').replace(']', ''), start, end };
}
const shown = (e: Edit) =>
  `${e.value.slice(0, e.start)}[${e.value.slice(e.start, e.end)}]${e.value.slice(e.end)}`;
const press = (format: Format, marked: string) => shown(applyFormat(format, given(marked), WORDS));

describe('the formatting buttons', () => {
  it('make the selection bold or italic, with spaces outside the signs', () => {
    expect(press('bold', 'Heel [belangrijk ]werk')).toBe('Heel **[belangrijk]** werk');
    expect(press('italic', 'Heel [nieuw]')).toBe('Heel *[nieuw]*');
    expect(richTextBlocks(given(press('bold', 'Heel [belangrijk ]werk')).value)[0]).toMatchObject({
      runs: [{ text: 'Heel ' }, { text: 'belangrijk', bold: true }, { text: ' werk' }],
    });
  });

  it('take bold or italic away again, also when both are there', () => {
    expect(press('bold', 'Heel **[belangrijk]**')).toBe('Heel [belangrijk]');
    expect(press('italic', 'Heel *[nieuw]*')).toBe('Heel [nieuw]');
    expect(press('italic', '**[vet]**')).toBe('***[vet]***');
    expect(press('italic', '***[beide]***')).toBe('**[beide]**');
    expect(press('bold', '***[beide]***')).toBe('*[beide]*');
  });

  it('put a placeholder, selected, when nothing is selected', () => {
    expect(press('bold', 'Zo []')).toBe('Zo **[tekst]**');
  });

  it('make every touched line a list item, numbered or not, and back', () => {
    expect(press('list', '[appels\nperen]')).toBe('[- appels\n- peren]');
    expect(press('numbered', 'Boodschappen:\n[appels\nperen]')).toBe(
      'Boodschappen:\n[1. appels\n2. peren]',
    );
    expect(press('list', '[- appels\n- peren]')).toBe('[appels\nperen]');
    expect(press('numbered', '[- appels]')).toBe('1. appels[]');
  });

  it('make the line a heading, with the cursor at its end', () => {
    expect(press('heading', 'Intro\nWat op[]viel\nMeer')).toBe('Intro\n# Wat opviel[]\nMeer');
    expect(press('heading', '# Wat op[]viel')).toBe('Wat opviel[]');
  });

  it('make a link with the address selected, ready to type', () => {
    // The selection shown in [ ], beside the link's own brackets.
    expect(press('link', 'Zie [de site].')).toBe('Zie [de site]([https://]).');
    expect(press('link', 'Zie [].')).toBe('Zie [linktekst]([https://]).');
  });
});
