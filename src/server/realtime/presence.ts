/**
 * Which participants have an open connection on this node. Presence is ephemeral: never
 * stored, rebuilt from live connections. Several tabs of one person count once.
 */
export class PresenceTracker {
  private readonly counts = new Map<string, Map<string, number>>();
  /** When a participant's last connection closed, per workshop (for `present`). */
  private readonly left = new Map<string, Map<string, number>>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Returns true when this connection brings the participant online. */
  connect(workshopId: string, participantId: string): boolean {
    const room = this.counts.get(workshopId) ?? new Map<string, number>();
    this.counts.set(workshopId, room);
    const n = (room.get(participantId) ?? 0) + 1;
    room.set(participantId, n);
    return n === 1;
  }

  /** Returns true when this was the participant's last connection. */
  disconnect(workshopId: string, participantId: string): boolean {
    const room = this.counts.get(workshopId);
    const n = (room?.get(participantId) ?? 0) - 1;
    if (n > 0) {
      room?.set(participantId, n);
      return false;
    }
    room?.delete(participantId);
    const left = this.left.get(workshopId) ?? new Map<string, number>();
    this.left.set(workshopId, left);
    left.set(participantId, this.now());
    return true;
  }

  /**
   * Who counts as in the room for decisions such as forming pairs: connected now, or gone for
   * less than `graceMs` (a phone that went to sleep during a conversation is still there).
   */
  present(workshopId: string, graceMs = 3 * 60_000): string[] {
    const since = this.now() - graceMs;
    const recent = [...(this.left.get(workshopId) ?? [])]
      .filter(([, at]) => at >= since)
      .map(([id]) => id);
    return [...new Set([...this.online(workshopId), ...recent])];
  }

  online(workshopId: string): string[] {
    return [...(this.counts.get(workshopId)?.keys() ?? [])];
  }
}
