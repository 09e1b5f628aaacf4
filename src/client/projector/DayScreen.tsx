import { momentOf } from '../../domain/workshop/moment.ts';
import type { WorkshopState } from '../../domain/workshop/state.ts';
import { Closing } from './Closing.tsx';
import { Lobby } from './Lobby.tsx';
import { Welcome } from './Welcome.tsx';

/** When nothing runs: the welcome before the first item, the closing after the last, else the lobby. */
export function DayScreen(props: { workshop: WorkshopState; code: string; joinAddress: string }) {
  switch (momentOf(props.workshop)) {
    case 'welcome':
      return <Welcome {...props} />;
    case 'closing':
      return <Closing workshop={props.workshop} />;
    default:
      return <Lobby {...props} />;
  }
}
