/** The big screen. Short texts: they are read from the back of the room. */
export const projector = {
  lobbyTitle: 'Doe mee op je telefoon',
  goTo: 'Ga naar',
  enterCode: 'en vul deze code in:',
  orScan: 'Of scan de QR-code',
  qrAlt: 'QR-code om mee te doen met code {{code}}',
  joined_one: '{{count}} deelnemer is binnen',
  joined_other: '{{count}} deelnemers zijn binnen',
  joinSmall: 'Meedoen: {{url}} · code {{code}}',
  notFound: 'Deze code kennen we niet. Kijk de link na.',
};
