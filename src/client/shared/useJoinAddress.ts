import { useEffect, useState } from 'preact/hooks';
import { api } from './api.ts';

/**
 * Where phones should go to join, as the server sees it (the laptop's network address when
 * this page was opened on `localhost`). Shown without `http://`, which nobody needs to type.
 */
export function useJoinAddress(code: string): string {
  const [address, setAddress] = useState(`${location.host}/join`);
  useEffect(() => {
    if (!code) return;
    api<{ joinAddress: string }>('GET', `/api/join/${code}`)
      .then((info) => setAddress(info.joinAddress.replace(/^https?:\/\//, '')))
      .catch(() => undefined); // keep the page's own address
  }, [code]);
  return address;
}
