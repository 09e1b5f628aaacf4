/** Strings every screen may use. */
export const common = {
  appName: 'Werkplaats',
  /** Welcome (before the first item) and closing (after the last), on phones and the projector. */
  day: {
    welcome: 'Welkom bij {{title}}',
    expectTitle: 'Wat gaan we doen?',
    expect1: 'Formele en informele werkers uit jouw gemeente werken samen.',
    expect2: 'Je doet mee op je telefoon. Het scherm laat zien wat we samen maken.',
    expect3: 'Er zijn geen goede of foute antwoorden. Jouw ervaring telt.',
    programmeTitle: 'Het programma',
    programmeOf: 'Het programma: {{day}}',
    programmeLater: 'Het programma volgt nog.',
    dataTitle: 'Over je gegevens',
    dataText:
      'Wat je op je telefoon schrijft, komt in het verslag van deze werkplaats. We bewaren alleen je naam, gemeente, soort werker en taal. Wil je dat niet? Zeg het tegen de begeleider. Die kan je gegevens wissen.',
    closingTitle: 'Bedankt voor het meedoen!',
    closingThanks: 'Dank je wel voor je inzet en je ideeën.',
    nextTitle: 'Wat gebeurt er nu?',
    nextDefault:
      'De begeleiders maken een verslag van alles wat we samen hebben gemaakt. Je krijgt het verslag via je organisatie.',
    nextDay: 'Tot de volgende keer. Dan volgt ‘{{day}}’.',
  },
  loading: 'Even laden…',
  retry: 'Opnieuw proberen',
  close: 'Sluiten',
  save: 'Opslaan',
  cancel: 'Annuleren',
  back: 'Terug',
  sides: { formal: 'Formele werker', informal: 'Informele werker' },
  sidesPlural: { formal: 'Formele werkers', informal: 'Informele werkers' },
  languages: { nl: 'Nederlands', en: 'English' },
  connection: {
    online: 'Verbonden',
    offline: 'Geen verbinding. We proberen het opnieuw…',
    reconnecting: 'Opnieuw verbinden…',
    pending_one: '{{count}} wijziging wacht op verbinding',
    pending_other: '{{count}} wijzigingen wachten op verbinding',
  },
  errorPrefix: 'Let op',
  viewFailed: 'Dit deel van het scherm lukt even niet. Probeer het opnieuw of ververs de pagina.',
  /** The counter under a text field with a limit (src/ui/CharacterCount.tsx). */
  characters: {
    used: '{{used}} van {{limit}} tekens',
    left_one: 'Nog {{count}} teken',
    left_other: 'Nog {{count}} tekens',
    over_one: '{{count}} teken te veel',
    over_other: '{{count}} tekens te veel',
    tooLong: 'Je tekst is te lang. Er passen {{limit}} tekens in. Haal er {{over}} weg.',
    empty: 'Dit is nog leeg. Schrijf er iets in.',
  },
  /** The server's page for an address that does not exist (src/server/http/notFoundPage.ts). */
  notFound: {
    title: 'Deze pagina bestaat niet',
    text: 'Misschien klopt het adres niet helemaal. Kijk het adres na, of kies hieronder waar je heen wilt.',
    join: 'Meedoen met een werkplaats',
    signIn: 'Inloggen als begeleider',
  },
  programme: {
    now: 'Nu',
    next: 'Straks',
    at: 'om {{time}}',
    fromTo: '{{from}} – {{to}}',
    documents: 'Stukken bij dit onderdeel',
    open: '{{name}} openen',
    fileTypes: { pdf: 'PDF', image: 'afbeelding' },
    itemTypes: {
      presentation: 'Presentatie',
      break: 'Pauze',
      meal: 'Maaltijd',
      other: 'Onderdeel',
    },
  },
};
