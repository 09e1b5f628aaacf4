import { useEffect, useState } from 'preact/hooks';
import type { ConnectionSnapshot, WorkshopConnection } from './connection.ts';

/** Re-renders the component whenever the connection's snapshot changes. */
export function useConnection(connection: WorkshopConnection): ConnectionSnapshot {
  const [snapshot, setSnapshot] = useState(connection.state);
  useEffect(() => {
    setSnapshot(connection.state);
    return connection.subscribe(setSnapshot);
  }, [connection]);
  return snapshot;
}
