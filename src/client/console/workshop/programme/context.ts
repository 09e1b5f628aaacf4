import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Programme } from '../../../../domain/programme/state.ts';
import type { WorkshopState } from '../../../../domain/workshop/state.ts';
import type { RunCommand } from '../../commands.ts';

/**
 * What every part of the programme timeline needs. A context (not props) because days,
 * blocks and their editors sit four levels deep and all act on the same few things.
 */
export interface ProgrammeApi {
  readonly workshop: WorkshopState;
  /** The programme as drawn: the server's, with a move just made already applied. */
  readonly programme: Programme;
  /** Sends a command; a refusal comes back in the result, for the caller to show in place. */
  readonly run: RunCommand;
  /** The block whose editor is open. Kept here so it stays open when the block changes day. */
  readonly openBlockId: string | null;
  setOpenBlock(blockId: string | null): void;
  /** The activity whose console view is shown below the timeline. */
  readonly shownActivityId: string | null;
  showControls(activityId: string): void;
  /** Starts a block (its controls are on the live screen). */
  startBlock(blockId: string): Promise<unknown>;
  /** Moves a block (drawn at once); afterwards focus goes to the first of `focusIds` that can take it. */
  move(blockId: string, dayId: string, index: number, focusIds?: readonly string[]): Promise<void>;
  /** Says something to screen readers (moves, uploads, removals). */
  announce(message: string): void;
  /** Shows a refusal of an action that has no form of its own to show it in. */
  report(message: string): void;
}

export const ProgrammeContext = createContext<ProgrammeApi | null>(null);

export function useProgramme(): ProgrammeApi {
  const api = useContext(ProgrammeContext);
  if (!api) throw new Error('ProgrammeContext missing');
  return api;
}
