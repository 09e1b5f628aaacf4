import { noteKinds } from './noteKinds.ts';

/** The big screen. Short texts: they are read from the back of the room. */
export const projector = {
  doorClosedTitle: 'De deur is dicht',
  doorClosedText:
    'Nieuwe deelnemers komen niet meer zelf binnen. Ben je te laat? Loop even naar de begeleider.',
  welcomeJoin: 'Doe mee op je telefoon',
  lobbyTitle: 'Doe mee op je telefoon',
  goTo: 'Ga naar',
  enterCode: 'en vul deze code in:',
  orScan: 'Of scan de QR-code',
  qrAlt: 'QR-code om mee te doen met code {{code}}',
  joined_one: '{{count}} deelnemer is binnen',
  joined_other: '{{count}} deelnemers zijn binnen',
  joinSmall: 'Meedoen: {{url}} · code {{code}}',
  notFound: 'Deze code kennen we niet. Kijk de link na.',
  pages: 'Pagina’s',
  page: 'Pagina {{page}} van {{pages}}',
  previousPage: 'Vorige pagina',
  nextPage: 'Volgende pagina',
  pin: 'Pagina vastzetten',
  /** A note the facilitators put on the screen over the activity. */
  note: {
    label: 'Uit het gesprek',
    kinds: noteKinds,
    shortened: 'Ingekort. De hele tekst staat in het verslag.',
  },
};
