/**
 * The server's clock as seen from this device. Timers are absolute server times, so a phone
 * whose clock is minutes off still counts down correctly. We keep the sample with the
 * shortest round trip: its midpoint estimate has the smallest error.
 */
export class ServerClock {
  private offset = 0;
  private bestRoundTrip = Number.POSITIVE_INFINITY;

  /** `sentAt` and `receivedAt` are this device's times around a request the server stamped. */
  sample(sentAt: number, serverTime: number, receivedAt: number): void {
    const roundTrip = receivedAt - sentAt;
    if (roundTrip > this.bestRoundTrip) return;
    this.bestRoundTrip = roundTrip;
    this.offset = serverTime + roundTrip / 2 - receivedAt;
  }

  /** Forget old samples (after a network change the path may differ). */
  reset(): void {
    this.bestRoundTrip = Number.POSITIVE_INFINITY;
  }

  now(): number {
    return Date.now() + this.offset;
  }

  get offsetMs(): number {
    return this.offset;
  }
}
