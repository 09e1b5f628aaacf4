import { match, usePath } from '../shared/router.ts';
import type { SetLanguage } from '../shared/mount.tsx';
import { JoinPage } from './JoinPage.tsx';
import { LivePage } from './LivePage.tsx';

/** The phone: `/join[/:code]` to join, `/w/:code` once in. */
export function ParticipantApp({ setLanguage }: { setLanguage: SetLanguage }) {
  const path = usePath();
  const live = match('/w/:code', path);
  if (live?.code) return <LivePage key={live.code} code={live.code} setLanguage={setLanguage} />;
  const join = match('/join/:code', path);
  return (
    <JoinPage key={join?.code ?? ''} initialCode={join?.code ?? ''} setLanguage={setLanguage} />
  );
}
