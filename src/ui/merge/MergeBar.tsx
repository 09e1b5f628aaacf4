import { useState } from 'preact/hooks';
import { Button } from '../Button.tsx';
import { LiveRegion } from '../LiveRegion.tsx';
import type { SendResult } from '../activityView.ts';
import { MergeForm } from './MergeForm.tsx';

/** Every word the merge controls show, in the activity's own terms (notes, roles, …). */
export interface MergeLabels {
  readonly merge: string;
  /** "3 notes chosen" */
  readonly selected: string;
  readonly hint: string;
  /** Shown when the chosen items are not from one list. */
  readonly differentLists: string;
  readonly clear: string;
  readonly merged: string;
  readonly cancel: string;
  readonly fieldLabel: string;
  readonly fieldHint: string;
  readonly required: string;
}

/**
 * Merging duplicates, for any activity with lists: says how many items are chosen and whether
 * they can be merged (two or more, from one list), then asks for the merged wording.
 */
export function MergeBar(props: {
  count: number;
  sameList: boolean;
  initialText: string;
  multiline: boolean;
  maxLength: number;
  labels: MergeLabels;
  onMerge: (text: string) => Promise<SendResult>;
  onClear: () => void;
}) {
  const { labels, count } = props;
  const ready = count >= 2 && props.sameList;
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState('');

  return (
    <div class="wp-card wp-stack wp-console-merge" role="group" aria-label={labels.merge}>
      <div class="wp-spread">
        <p>
          {count > 0 ? <strong>{labels.selected}</strong> : labels.hint}
          {count > 0 && !props.sameList && (
            <span class="wp-field__error"> {labels.differentLists}</span>
          )}
        </p>
        {!asking && (
          <div class="wp-row">
            <Button disabled={!ready} onClick={() => setAsking(true)}>
              {labels.merge}
            </Button>
            {count > 0 && (
              <Button variant="quiet" onClick={props.onClear}>
                {labels.clear}
              </Button>
            )}
          </div>
        )}
      </div>
      {asking && ready && (
        <MergeForm
          initialText={props.initialText}
          multiline={props.multiline}
          maxLength={props.maxLength}
          labels={labels}
          onMerge={props.onMerge}
          onClose={(merged) => {
            setAsking(false);
            if (!merged) return;
            setMessage(labels.merged);
            props.onClear();
          }}
        />
      )}
      {asking && !ready && (
        <Button variant="secondary" onClick={() => setAsking(false)}>
          {labels.cancel}
        </Button>
      )}
      <LiveRegion message={message} />
    </div>
  );
}
