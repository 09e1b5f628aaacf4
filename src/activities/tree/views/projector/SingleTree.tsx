import '../../../../ui/fit/fit.css';
import { useMemo } from 'preact/hooks';
import { Pager } from '../../../../ui/fit/Pager.tsx';
import { useRotation } from '../../../../ui/fit/useRotation.ts';
import { treeProjectorPages } from '../../picture.ts';
import type { GroupView } from '../../schema.ts';
import { TreeFigure } from '../parts/TreeFigure.tsx';
import type { TreeViewProps } from '../types.ts';

/**
 * The tree the facilitator put on the screen, filling it: the wide projector picture, whose
 * pages (when a zone holds more than fits in readable type) turn by themselves with the
 * shared pager ("2 / 3", back, pin, forward; arrow keys and a presenter remote too). The
 * pages are cut by the picture itself, not measured in the browser as FitPages does: the
 * picture is an SVG whose text scales with the screen, so what fits is known beforehand.
 */
export function SingleTree(props: TreeViewProps & { group: GroupView }) {
  const { t, activity, group } = props;
  const pages = useMemo(
    () => treeProjectorPages(activity.state, group, t),
    [activity.state, group, t],
  );
  const rotation = useRotation(pages.length);
  return (
    <section class="wp-tree-single" aria-label={t('groupName', { number: group.number })}>
      {/* Keyed by page: each page is mounted anew, so it fades in as FitPages' pages do. */}
      <TreeFigure
        key={rotation.page}
        svg={pages[rotation.page] ?? ''}
        class="wp-tree-figure--large wp-tree-figure--page"
      />
      {pages.length > 1 && <Pager rotation={rotation} pages={pages.length} />}
    </section>
  );
}
