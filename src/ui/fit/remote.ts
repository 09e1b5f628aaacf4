import { createContext } from 'preact';
import { useContext, useEffect, useRef } from 'preact/hooks';
import type { Rotation } from './useRotation.ts';

/** What a paged view shows: page `page` (1-based) of `pages`, and whether it is pinned. */
export interface PagerState {
  readonly page: number;
  readonly pages: number;
  readonly pinned: boolean;
}

/** What the facilitator's remote can ask of a pager: the same as its own buttons. */
export type PagerAction = 'previous' | 'next' | 'pin' | 'unpin';

/** Shown when nothing on screen pages: one page, not pinned. */
export const SINGLE_PAGE: PagerState = { page: 1, pages: 1, pinned: false };

interface Entry {
  state: PagerState;
  readonly obey: (action: PagerAction) => void;
}

/**
 * The pagers on one screen (the projector), for the facilitator's remote: every pager on
 * screen obeys an action (usually there is one), and the screen's state is that of the first
 * one that pages (more than one page), else the first one. Knows nothing of the network: the
 * projector page wires it to the connection.
 */
export class PagerHub {
  private readonly entries: Entry[] = [];
  private readonly listeners = new Set<(state: PagerState) => void>();

  /** A pager on screen; `update` reports its state, `remove` when it leaves the screen. */
  register(obey: (action: PagerAction) => void): {
    update(state: PagerState): void;
    remove(): void;
  } {
    const entry: Entry = { state: SINGLE_PAGE, obey };
    this.entries.push(entry);
    return {
      update: (state) => {
        const s = entry.state;
        if (s.page === state.page && s.pages === state.pages && s.pinned === state.pinned) return;
        entry.state = state;
        this.changed();
      },
      remove: () => {
        const at = this.entries.indexOf(entry);
        if (at >= 0) this.entries.splice(at, 1);
        this.changed();
      },
    };
  }

  command(action: PagerAction): void {
    for (const entry of [...this.entries]) entry.obey(action);
  }

  get state(): PagerState {
    const paging = this.entries.find((e) => e.state.pages > 1) ?? this.entries[0];
    return paging?.state ?? SINGLE_PAGE;
  }

  subscribe(listener: (state: PagerState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    const state = this.state;
    for (const listener of this.listeners) listener(state);
  }
}

/** The projector provides one; elsewhere (a preview in the console) pagers answer to no one. */
export const PagerHubContext = createContext<PagerHub | null>(null);

/**
 * Puts a rotation (FitPages' pages, a tree's pages) under the screen's remote, when the screen
 * has one: it obeys the remote's actions and reports the page it shows.
 */
export function usePagerRemote(rotation: Rotation, pages: number): void {
  const hub = useContext(PagerHubContext);
  const latest = useRef(rotation);
  latest.current = rotation;
  const entry = useRef<ReturnType<PagerHub['register']> | null>(null);
  useEffect(() => {
    if (!hub) return;
    const registered = hub.register((action) => {
      const r = latest.current;
      if (action === 'next') r.next();
      else if (action === 'previous') r.previous();
      else r.pin(action === 'pin');
    });
    entry.current = registered;
    return () => {
      entry.current = null;
      registered.remove();
    };
  }, [hub]);
  useEffect(() => {
    entry.current?.update({
      page: rotation.page + 1,
      pages: Math.max(1, pages),
      pinned: rotation.pinned,
    });
  }, [hub, rotation.page, pages, rotation.pinned]);
}
