import { momentOf } from '../../../../domain/workshop/moment.ts';
import type { WorkshopState } from '../../../../domain/workshop/state.ts';

/** What phones and the projector show while nothing runs, said to the facilitator. */
export function nothingNow(workshop: WorkshopState) {
  switch (momentOf(workshop)) {
    case 'welcome':
      return 'console.programme.now.welcome' as const;
    case 'closing':
      return 'console.programme.now.closing' as const;
    default:
      return 'console.programme.now.nothing' as const;
  }
}
