import type { ComponentChildren } from 'preact';
import type { Inline, ReportBlock } from '../../../../domain/report.ts';
import { richTextBlocks, safeHref } from '../../../../domain/reportDocument/richText.ts';
import { useT } from '../../../../ui/i18n.tsx';

function Runs(props: { runs: readonly Inline[] | undefined; text: string }) {
  if (!props.runs) return <>{props.text}</>;
  return (
    <>
      {props.runs.map((run, i) => {
        let out: ComponentChildren = run.text;
        if (run.italic) out = <em>{out}</em>;
        if (run.bold) out = <strong>{out}</strong>;
        const href = run.href ? safeHref(run.href) : null;
        if (href)
          out = (
            <a href={href} target="_blank" rel="noopener noreferrer">
              {out}
            </a>
          );
        return <span key={i}>{out}</span>;
      })}
    </>
  );
}

function Block(props: { block: ReportBlock }) {
  const b = props.block;
  switch (b.type) {
    case 'heading':
      return (
        <h4>
          <Runs runs={b.runs} text={b.text} />
        </h4>
      );
    case 'paragraph':
      // An unmarked block may hold several paragraphs (see richText.ts).
      return b.runs ? (
        <p>
          <Runs runs={b.runs} text={b.text} />
        </p>
      ) : (
        <>
          {b.text.split(/\n{2,}/).map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </>
      );
    case 'list': {
      const items = b.items.map((item, i) => (
        <li key={i}>
          <Runs runs={b.itemRuns?.[i]} text={item} />
        </li>
      ));
      return b.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    default:
      // The facilitators' words make only the three kinds above.
      return null;
  }
}

/**
 * The text as the report will show it, drawn by Preact from the same blocks the exports get:
 * every word is text, never HTML, so what is typed cannot become a tag here either.
 */
export function RichTextPreview(props: { text: string; id: string }) {
  const t = useT();
  const blocks = richTextBlocks(props.text.trim());
  return (
    <section class="wp-richtext-preview" aria-labelledby={props.id}>
      <h3 id={props.id} class="wp-richtext-preview__title">
        {t('console.report.format.preview')}
      </h3>
      <div dir="auto" class="wp-richtext-preview__body">
        {blocks.length === 0 ? (
          <p class="wp-field__hint">{t('console.report.format.previewEmpty')}</p>
        ) : (
          blocks.map((block, i) => <Block key={i} block={block} />)
        )}
      </div>
    </section>
  );
}
