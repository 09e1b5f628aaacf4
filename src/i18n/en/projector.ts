import type { projector as nl } from '../nl/projector.ts';

export const projector: typeof nl = {
  lobbyTitle: 'Join on your phone',
  goTo: 'Go to',
  enterCode: 'and enter this code:',
  orScan: 'Or scan the QR code',
  qrAlt: 'QR code to join with code {{code}}',
  joined_one: '{{count}} participant has joined',
  joined_other: '{{count}} participants have joined',
  joinSmall: 'Join: {{url}} · code {{code}}',
  notFound: 'We do not know this code. Check the link.',
};
