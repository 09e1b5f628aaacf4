import { createHash } from 'node:crypto';
import type { ActivityTimer, Engine } from '../../domain/engine.ts';
import type { Room } from './room.ts';
import type { CommandOutcome } from './room.ts';

type Execute = (
  workshopId: string,
  timer: ActivityTimer,
  clientActionId: string,
) => Promise<CommandOutcome>;

/** setTimeout cannot wait longer than this (about 24 days); longer timers are re-armed. */
const MAX_DELAY = 2 ** 31 - 1;

/**
 * Runs activities' timers (`ActivityKind.timers`): when a round ends, the server sends the
 * activity's own command, through the same path as a person would. The idempotency key comes
 * from the activity and the timer key, so when several nodes fire the same timer, one event is
 * stored and the others are answered as duplicates.
 */
export class TimerScheduler {
  private readonly armed = new Map<string, Map<string, NodeJS.Timeout>>();

  constructor(
    private readonly engine: Engine,
    private readonly now: () => number,
    private readonly execute: Execute,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Arms the timers the room's state asks for now and disarms those it no longer does. */
  sync(room: Room): void {
    const wanted = new Map(
      this.engine.timers(room.state).map((t) => [`${t.activityId}:${t.key}`, t]),
    );
    const armed = this.armed.get(room.workshopId) ?? new Map<string, NodeJS.Timeout>();
    this.armed.set(room.workshopId, armed);
    for (const [key, handle] of armed) {
      if (!wanted.has(key)) {
        clearTimeout(handle);
        armed.delete(key);
      }
    }
    for (const [key, timer] of wanted) {
      if (armed.has(key)) continue;
      const delay = Math.min(MAX_DELAY, Math.max(0, timer.at - this.now()));
      armed.set(
        key,
        setTimeout(() => this.fire(room, key, timer), delay),
      );
    }
  }

  close(): void {
    for (const armed of this.armed.values())
      for (const handle of armed.values()) clearTimeout(handle);
    this.armed.clear();
  }

  private fire(room: Room, key: string, timer: ActivityTimer): void {
    this.armed.get(room.workshopId)?.delete(key);
    if (timer.at > this.now()) return this.sync(room); // woke early (a very long timer)
    const clientActionId = `tm${createHash('sha256').update(key).digest('base64url').slice(0, 40)}`;
    this.execute(room.workshopId, timer, clientActionId).then(
      // A refusal is normal here: a facilitator may have moved on before the timer ended.
      () => this.sync(room),
      this.onError,
    );
  }
}
