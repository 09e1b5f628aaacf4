import type { ProgrammeBlock, ProgrammeDay } from '../../../../domain/programme/state.ts';
import type { ActivityInstance } from '../../../../domain/workshop/state.ts';
import { Button } from '../../../../ui/Button.tsx';
import { useT } from '../../../../ui/i18n.tsx';
import { ConfirmButton } from '../ConfirmButton.tsx';
import { BlockForm, type BlockValues } from './BlockForm.tsx';
import { useProgramme } from './context.ts';
import { DocumentManager } from './DocumentManager.tsx';
import { MoveControls } from './MoveControls.tsx';

/** Everything to change about one block: its details, its place, its files, or removing it. */
export function BlockEditor(props: {
  block: ProgrammeBlock;
  day: ProgrammeDay;
  activity: ActivityInstance | undefined;
}) {
  const t = useT();
  const { run, announce, report, setOpenBlock } = useProgramme();
  const { block, activity } = props;
  const titleId = `block-${block.id}-title`;

  async function save(values: BlockValues): Promise<string | null> {
    const result = await run({
      type: 'updateBlock',
      blockId: block.id,
      title: values.title,
      startTime: values.startTime,
      durationMin: values.durationMin,
      notes: values.notes,
      itemType: activity ? null : values.itemType,
    });
    if (!result.ok) return result.message;
    announce(t('console.programme.form.saved', { title: values.title }));
    setOpenBlock(null);
    return null;
  }

  async function remove() {
    const result = await run({ type: 'removeBlock', blockId: block.id });
    if (!result.ok) report(result.message);
    else announce(t('console.programme.remove.removed', { title: block.title }));
  }

  return (
    <div
      id={`block-${block.id}-panel`}
      class="wp-stack wp-prog-editor"
      role="group"
      aria-label={t('console.programme.block.editTitle', { title: block.title })}
    >
      <BlockForm
        initial={{
          title: block.title,
          startTime: block.startTime ?? '',
          duration: String(block.durationMin),
          notes: block.notes,
          type: `item:${block.itemType ?? 'other'}`,
        }}
        types={activity ? 'none' : 'items'}
        submitLabel={t('common.save')}
        onSubmit={save}
        onCancel={() => setOpenBlock(null)}
      />
      <MoveControls block={block} day={props.day} />
      <DocumentManager block={block} />
      <div class="wp-spread wp-prog-editor__end">
        <ConfirmButton
          label={t('console.programme.remove.label')}
          question={t(
            activity ? 'console.programme.remove.confirmLive' : 'console.programme.remove.confirm',
            { title: block.title },
          )}
          describedBy={titleId}
          fallbackFocusId={`day-${props.day.id}-title`}
          onConfirm={remove}
        />
        <Button variant="secondary" onClick={() => setOpenBlock(null)}>
          {t('console.programme.block.close')}
        </Button>
      </div>
    </div>
  );
}
