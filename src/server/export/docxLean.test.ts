import { Document, Packer, Paragraph } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BulletItem } from './docxLean.ts';

async function bodyOf(children: Paragraph[] | BulletItem[]): Promise<string> {
  const doc = new Document({ sections: [{ children: children as Paragraph[] }] });
  const files = unzipSync(new Uint8Array(await Packer.toBuffer(doc)));
  return strFromU8(files['word/document.xml']!);
}

describe('DOCX: a lean bullet item', () => {
  it('given plain texts, then the XML is what the library writes for a bullet paragraph', async () => {
    const texts = ['Sterk punt', '  twee  spaties ', 'ﻣﺮﺣﺒﺎ بكم', ''];
    const library = await bodyOf(
      texts.map((text) => new Paragraph({ text, bullet: { level: 0 } })),
    );
    expect(await bodyOf(texts.map((text) => new BulletItem(text)))).toBe(library);
  });

  it('given markup in a participant’s words, then it stays text', async () => {
    const xml = await bodyOf([new BulletItem('<script>alert(1)</script> & "x" =HYPERLINK()')]);
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp;');
    expect(xml).not.toContain('<script>');
  });
});
