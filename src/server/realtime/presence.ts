/**
 * Which participants have an open connection on this node. Presence is ephemeral: never
 * stored, rebuilt from live connections. Several tabs of one person count once.
 */
export class PresenceTracker {
  private readonly counts = new Map<string, Map<string, number>>();

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
    return true;
  }

  online(workshopId: string): string[] {
    return [...(this.counts.get(workshopId)?.keys() ?? [])];
  }
}
