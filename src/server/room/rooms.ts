import { randomBytes } from 'node:crypto';
import type { Actor } from '../../domain/actors.ts';
import type { CommandInput, Engine } from '../../domain/engine.ts';
import type { EventEnvelope } from '../../domain/events.ts';
import { WORKSHOP_EVENT_VERSION } from '../../domain/workshop/events.ts';
import type { Bus } from '../bus/types.ts';
import type { EventStore } from '../store/types.ts';
import { Room, type CommandOutcome } from './room.ts';

export type AppliedListener = (room: Room, envelopes: readonly EventEnvelope[]) => void;

/** Unguessable ids for everything the server creates (notes, participants, activities). */
export function newId(): string {
  return randomBytes(12).toString('base64url');
}

/** A float in [0, 1) from the operating system's random source. */
export function secureRandom(): number {
  // 48 random bits: as fine-grained as a double allows in [0, 1).
  return randomBytes(6).readUIntBE(0, 6) / 2 ** 48;
}

/**
 * The rooms this node has loaded. A room is loaded on first use and kept; every node keeps
 * its copy current from the bus (and from the store when the bus skipped something).
 */
export class Rooms {
  private readonly rooms = new Map<string, Promise<Room>>();
  private readonly listeners = new Set<AppliedListener>();
  readonly nodeId = newId();
  readonly engineVersion: string;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly engine: Engine,
    private readonly store: EventStore,
    private readonly bus: Bus,
    private readonly options: {
      snapshotEvery?: number;
      now?: () => number;
      /** Who is connected to a workshop now; nobody when not given (tools, tests). */
      present?: (workshopId: string) => readonly string[];
      /** Called once a room is loaded on this node. */
      onLoaded?: (room: Room) => void;
      onError: (e: unknown, context: string) => void;
    },
  ) {
    this.engineVersion = [
      `workshop:${WORKSHOP_EVENT_VERSION}`,
      ...engine.kinds.all().map((k) => `${k.kind}:${k.version}`),
    ].join(',');
    this.unsubscribe = bus.subscribe((message) => {
      if (message.origin === this.nodeId || !message.envelopes) return;
      const loaded = this.rooms.get(message.workshopId);
      if (!loaded) return; // not loaded here: it will read the store when first needed
      void loaded
        .then((room) => room.receive(message.envelopes ?? []))
        .catch((error) => this.options.onError(error, 'bus receive'));
    });
  }

  onApplied(listener: AppliedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get(workshopId: string): Promise<Room> {
    let room = this.rooms.get(workshopId);
    if (!room) {
      room = this.load(workshopId);
      this.rooms.set(workshopId, room);
      room.catch(() => this.rooms.delete(workshopId));
    }
    return room;
  }

  async execute(
    workshopId: string,
    actor: Actor,
    input: CommandInput,
    clientActionId: string | null = null,
  ): Promise<CommandOutcome> {
    const room = await this.get(workshopId);
    return room.execute(actor, input, clientActionId);
  }

  close(): void {
    this.unsubscribe();
    this.listeners.clear();
  }

  private async load(workshopId: string): Promise<Room> {
    const now = this.options.now ?? Date.now;
    const room = new Room(workshopId, {
      engine: this.engine,
      store: this.store,
      engineVersion: this.engineVersion,
      snapshotEvery: this.options.snapshotEvery ?? 200,
      now,
      newId,
      random: secureRandom,
      present: () => this.options.present?.(workshopId) ?? [],
      onApplied: (r, envelopes) => {
        for (const listener of this.listeners) listener(r, envelopes);
      },
      publish: (id, envelopes) => {
        this.bus
          .publish({ origin: this.nodeId, workshopId: id, envelopes })
          .catch((error) => this.options.onError(error, 'bus publish'));
      },
      onError: this.options.onError,
    });
    await room.load();
    this.options.onLoaded?.(room);
    return room;
  }
}
