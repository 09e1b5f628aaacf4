import type { Reference } from '../../../../domain/activity.ts';
import type { StrengthRef } from '../../schema.ts';
import { isSharedInRoom, refKey } from './strengths.ts';

/** Checkboxes for strengths to link: large targets, a real fieldset for assistive tech. */
export function StrengthChecklist(props: {
  legend: string;
  /** Shown after a strength the room never saw (its round ended without sharing). */
  notSharedLabel?: string;
  hint?: string;
  strengths: readonly Reference[];
  chosen: readonly StrengthRef[];
  onChange: (chosen: StrengthRef[]) => void;
  error?: string | null;
  idPrefix: string;
}) {
  const isChosen = (r: Reference) => props.chosen.some((c) => refKey(c) === refKey(r));
  const toggle = (r: Reference, on: boolean) => {
    const rest = props.chosen.filter((c) => refKey(c) !== refKey(r));
    props.onChange(on ? [...rest, { activityId: r.activityId, id: r.id }] : rest);
  };
  const hintId = `${props.idPrefix}-hint`;
  const errorId = `${props.idPrefix}-error`;
  return (
    <fieldset
      class="wp-choice wp-roles-checklist"
      aria-describedby={
        [props.hint ? hintId : '', props.error ? errorId : ''].join(' ').trim() || undefined
      }
    >
      <legend class="wp-field__label">{props.legend}</legend>
      {props.hint && (
        <p id={hintId} class="wp-field__hint">
          {props.hint}
        </p>
      )}
      {props.strengths.map((r) => (
        <label key={refKey(r)} class="wp-choice__option">
          <input
            type="checkbox"
            checked={isChosen(r)}
            onChange={(e) => toggle(r, e.currentTarget.checked)}
          />
          <span class="wp-choice__text">
            {r.text}
            {props.notSharedLabel && !isSharedInRoom(r) && (
              <span class="wp-choice__description"> · {props.notSharedLabel}</span>
            )}
          </span>
        </label>
      ))}
      {props.error && (
        <p id={errorId} class="wp-field__error" role="alert">
          {props.error}
        </p>
      )}
    </fieldset>
  );
}
