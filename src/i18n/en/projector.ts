import type { projector as nl } from '../nl/projector.ts';
import { noteKinds } from './noteKinds.ts';

export const projector: typeof nl = {
  doorClosedTitle: 'The door is closed',
  doorClosedText:
    'New participants can no longer come in by themselves. Are you late? Go and see the facilitator.',
  welcomeJoin: 'Join on your phone',
  lobbyTitle: 'Join on your phone',
  goTo: 'Go to',
  enterCode: 'and enter this code:',
  orScan: 'Or scan the QR code',
  qrAlt: 'QR code to join with code {{code}}',
  joined_one: '{{count}} participant has joined',
  joined_other: '{{count}} participants have joined',
  joinSmall: 'Join: {{url}} · code {{code}}',
  notFound: 'We do not know this code. Check the link.',
  pages: 'Pages',
  page: 'Page {{page}} of {{pages}}',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  pin: 'Keep this page',
  note: {
    label: 'From the conversation',
    kinds: noteKinds,
    shortened: 'Shortened. The whole text is in the report.',
  },
};
