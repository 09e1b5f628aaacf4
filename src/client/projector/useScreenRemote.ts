import { useEffect, useMemo } from 'preact/hooks';
import { PagerHub } from '../../ui/fit/remote.ts';
import type { ConnectionStatus, WorkshopConnection } from '../shared/connection.ts';

/** The projector repeats what it shows this often, so the console knows it is still there. */
export const STATUS_REPEAT_MS = 5000;
/** Changes come in bursts (measuring, a page turned by hand): one status after they settle. */
const SETTLE_MS = 150;

/** A random name for this tab, so the console tells two projectors apart (no one's name). */
function screenName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return btoa(String.fromCharCode(...bytes)).replace(/[+/=]/g, '_');
}

/**
 * The projector's side of the facilitator's remote: pager messages from the console page the
 * views on screen (through the PagerHub their FitPages register with), and the projector tells
 * the facilitators what it shows (page, pages, pinned) on every change and every few seconds.
 * All of it over the ephemeral channel: nothing is stored.
 */
export function useScreenRemote(connection: WorkshopConnection, status: ConnectionStatus) {
  const hub = useMemo(() => new PagerHub(), []);
  const screen = useMemo(screenName, []);

  useEffect(() => {
    if (status !== 'online') return;
    const report = () => connection.signal({ topic: 'pagerStatus', screen, ...hub.state });
    let settling: ReturnType<typeof setTimeout> | null = null;
    const soon = () => {
      if (settling) clearTimeout(settling);
      settling = setTimeout(report, SETTLE_MS);
    };
    const stopListening = connection.onSignal((message) => {
      if (message.topic !== 'pager') return;
      if (message.command === 'ask') soon();
      else hub.command(message.command);
    });
    const stopWatching = hub.subscribe(soon);
    const repeat = setInterval(report, STATUS_REPEAT_MS);
    report();
    return () => {
      stopListening();
      stopWatching();
      clearInterval(repeat);
      if (settling) clearTimeout(settling);
    };
  }, [connection, hub, screen, status]);

  return hub;
}
