import { own } from '../../../../domain/ids.ts';
import type { Programme } from '../../../../domain/programme/state.ts';
import { Select } from '../../../../ui/Field.tsx';
import { useT } from '../../../../ui/i18n.tsx';

/** The programme block a note goes to, by day, with the one running now marked. */
export function BlockPicker(props: {
  programme: Programme;
  value: string;
  onChange: (blockId: string) => void;
}) {
  const t = useT();
  const { programme } = props;
  const label = (blockId: string) => {
    const block = own(programme.blocks, blockId);
    if (!block) return '';
    const title = [block.startTime, block.title].filter(Boolean).join(' ');
    return blockId === programme.currentBlockId ? t('console.notes.blockNow', { title }) : title;
  };
  return (
    <Select
      label={t('console.notes.block')}
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value)}
    >
      {programme.days.map((day) => (
        <optgroup key={day.id} label={day.title}>
          {day.blockIds.map((blockId) => (
            <option key={blockId} value={blockId}>
              {label(blockId)}
            </option>
          ))}
        </optgroup>
      ))}
    </Select>
  );
}
