import { useEffect, useState } from 'preact/hooks';
import { usePagerRemote } from './remote.ts';

/** Long enough to read a page of notes aloud from the back of the room, short enough to move on. */
export const ROTATE_MS = 12_000;

export interface Rotation {
  /** The page on screen, 0-based, always below `pages`. */
  readonly page: number;
  readonly pinned: boolean;
  next(): void;
  previous(): void;
  show(page: number): void;
  togglePin(): void;
  /** Pins (true) or lets the pages turn again (false): the facilitator's remote says which. */
  pin(pinned: boolean): void;
}

/**
 * Which page of a paginated projector view is on screen. It moves on by itself every
 * `intervalMs` while there is more than one page, unless the facilitator pinned it; paging by
 * hand restarts the interval so a page chosen is shown for the full time. The setting lives
 * in this screen only (a view-level choice, nothing is stored); the console's remote moves it
 * through `remote.ts`.
 */
export function useRotation(pages: number, intervalMs = ROTATE_MS): Rotation {
  const [page, setPage] = useState(0);
  const [pinned, setPinned] = useState(false);
  // Bumped by every manual step, so the timer below starts over.
  const [stepped, setStepped] = useState(0);
  const current = pages > 0 ? Math.min(page, pages - 1) : 0;

  useEffect(() => {
    if (pinned || pages < 2) return;
    const timer = setInterval(
      () => setPage((p) => (Math.min(p, pages - 1) + 1) % pages),
      intervalMs,
    );
    return () => clearInterval(timer);
  }, [pinned, pages, intervalMs, stepped]);

  const show = (target: number) => {
    if (pages < 1) return;
    setPage(((target % pages) + pages) % pages);
    setStepped((s) => s + 1);
  };
  const rotation: Rotation = {
    page: current,
    pinned,
    next: () => show(current + 1),
    previous: () => show(current - 1),
    show,
    togglePin: () => setPinned((p) => !p),
    pin: setPinned,
  };
  // On the projector, the facilitator's remote in the console pages and pins it too.
  usePagerRemote(rotation, pages);
  return rotation;
}
