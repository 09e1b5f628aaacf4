import { useEffect, useState } from 'preact/hooks';

/** Re-renders every `intervalMs` with the server-corrected time, for countdowns and clocks. */
export function useServerNow(now: () => number, intervalMs = 1000): number {
  const [value, setValue] = useState(now);
  useEffect(() => {
    const timer = setInterval(() => setValue(now()), intervalMs);
    return () => clearInterval(timer);
  }, [now, intervalMs]);
  return value;
}
