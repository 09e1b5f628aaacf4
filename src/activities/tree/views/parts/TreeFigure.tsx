/**
 * Shows a tree picture made by the pure `treeSvg` (every text in it is escaped there), so the
 * screen shows exactly the picture the report contains.
 */
export function TreeFigure(props: { svg: string; class?: string }) {
  return (
    <div
      class={['wp-tree-figure', props.class].filter(Boolean).join(' ')}
      dangerouslySetInnerHTML={{ __html: props.svg }}
    />
  );
}
