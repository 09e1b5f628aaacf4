import type { ViewPayload, ViewRef } from '../../../domain/views/audience.ts';
import { parseViewKey } from '../../../domain/views/audience.ts';
import { isStaff } from './marking.ts';

/** One view with listeners on this node: what they were last sent, and at which version. */
export interface Channel {
  readonly key: string;
  readonly ref: ViewRef;
  readonly room: string;
  /** Staff views (facilitator, projector) are sent at once; phones' views on the tick. */
  readonly staff: boolean;
  listeners: number;
  payload: ViewPayload;
  version: number;
}

/**
 * The views held on this node, counted by listeners, and found the way a batch needs them:
 * the channels of the workshop and its activities (a handful per audience) apart from each
 * person's own (`me/…`, `o/…`, two per phone). A batch then looks at the former and at the
 * latter only for the people it reaches, so a note in a hall of 5,000 does not walk 10,000
 * personal channels. The ones a batch may have changed wait in `dirty` until their turn
 * (staff at once, phones on the tick).
 */
export class Channels {
  private readonly byKey = new Map<string, Channel>();
  private readonly shared = new Set<Channel>();
  private readonly personal = new Map<string, Set<Channel>>();
  private readonly dirty = new Set<Channel>();

  constructor(
    /** A view's first payload, or null when it cannot be computed (unknown activity). */
    private readonly compute: (ref: ViewRef) => ViewPayload | null,
    private readonly roomOf: (key: string) => string,
    private readonly version: () => number,
  ) {}

  get(key: string): Channel | undefined {
    return this.byKey.get(key);
  }

  /** One more listener of a view; the view is computed when it is new. Null if it has none. */
  acquire(key: string): Channel | null {
    let channel = this.byKey.get(key);
    if (!channel) {
      const ref = parseViewKey(key);
      const payload = ref ? this.compute(ref) : null;
      if (!ref || !payload) return null;
      channel = {
        key,
        ref,
        room: this.roomOf(key),
        staff: isStaff(ref),
        listeners: 0,
        payload,
        version: this.version(),
      };
      this.byKey.set(key, channel);
      const owner = personOf(ref);
      if (owner === null) this.shared.add(channel);
      else {
        let own = this.personal.get(owner);
        if (!own) this.personal.set(owner, (own = new Set()));
        own.add(channel);
      }
    }
    channel.listeners++;
    return channel;
  }

  /** A batch may have changed this view: it waits for its turn (staff at once, phones on the tick). */
  markDirty(channel: Channel): void {
    this.dirty.add(channel);
  }

  /** The dirty views of one kind (staff or phones), no longer dirty once taken. */
  takeDirty(staff: boolean): Channel[] {
    const taken: Channel[] = [];
    for (const channel of this.dirty) {
      if (channel.staff !== staff) continue;
      this.dirty.delete(channel);
      taken.push(channel);
    }
    return taken;
  }

  /** One listener fewer; a view nobody holds is forgotten. */
  release(key: string): void {
    const channel = this.byKey.get(key);
    if (!channel || --channel.listeners > 0) return;
    this.byKey.delete(key);
    this.dirty.delete(channel);
    const owner = personOf(channel.ref);
    if (owner === null) this.shared.delete(channel);
    else {
      const own = this.personal.get(owner);
      own?.delete(channel);
      if (own?.size === 0) this.personal.delete(owner);
    }
  }

  /** The channels a batch reaching `reach` may touch: every shared one, and those people's. */
  *candidates(reach: ReadonlySet<string> | 'all'): Iterable<Channel> {
    yield* this.shared;
    if (reach === 'all') {
      for (const channels of this.personal.values()) yield* channels;
      return;
    }
    for (const id of reach) yield* this.personal.get(id) ?? [];
  }
}

/** The participant a view belongs to (their record, their overlay), or null for a shared one. */
function personOf(ref: ViewRef): string | null {
  return ref.scope === 'me' || ref.scope === 'overlay' ? ref.participantId : null;
}
