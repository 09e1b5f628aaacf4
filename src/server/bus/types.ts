import type { EventEnvelope } from '../../domain/events.ts';
import type { EphemeralSignal } from '../../domain/protocol.ts';

/**
 * Carries appended events (and ephemeral messages such as presence) between server nodes.
 * Each node's rooms catch up from the event store when a message shows a gap, so a lost
 * message costs a read, never correctness. In-process (one node) and Redis (several nodes).
 */
export interface BusMessage {
  readonly origin: string;
  readonly workshopId: string;
  readonly envelopes?: readonly EventEnvelope[];
  readonly ephemeral?: EphemeralMessage;
}

/** Never stored: presence of participants (for facilitators' eyes), typing and editing. */
export type EphemeralMessage =
  | { readonly type: 'presence'; readonly participantId: string; readonly online: boolean }
  | {
      readonly type: 'signal';
      /** The Socket.IO rooms to deliver to on every node. */
      readonly rooms: readonly string[];
      readonly signal: EphemeralSignal;
    };

export interface Bus {
  publish(message: BusMessage): Promise<void>;
  subscribe(listener: (message: BusMessage) => void): () => void;
  close(): Promise<void>;
}
