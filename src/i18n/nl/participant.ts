/** The phone: joining, waiting, and the frame around each activity. */
export const participant = {
  /** At a closed door (the facilitator locked the workshop): ask to be let in, and wait. */
  door: {
    title: 'De deur is dicht',
    text: 'De werkplaats laat nu niemand meer zelf binnen. Vraag de begeleider of je mag meedoen. Vul je gegevens in en stuur je vraag.',
    ask: 'Vraag om binnen te komen',
    waitingTitle: 'Je vraag is verstuurd',
    waitingText:
      'De begeleider ziet je vraag. Laat deze pagina open. Mag je binnen? Dan ga je vanzelf verder.',
    refusedTitle: 'Je mag nu niet binnen',
    refusedText:
      'De begeleider heeft je nu niet binnengelaten. Praat even met de begeleider. Daarna kun je het opnieuw vragen.',
    askAgain: 'Opnieuw vragen',
    opened: 'De deur is weer open. Je kunt nu meedoen.',
    joinNow: 'Nu meedoen',
  },
  /** Correcting your own details in "Mijn gegevens". */
  details: {
    intro: 'Klopt iets niet? Pas het hier aan.',
    saved: 'Je gegevens zijn aangepast.',
  },
  /** The phone before the first item and after the last. */
  day: {
    welcomeText:
      'Je bent binnen. Zo meteen begint de werkplaats. Je telefoon laat dan vanzelf zien wat je moet doen.',
    closingText:
      'Je kunt deze pagina nu sluiten. Gaat de werkplaats verder? Dan zie je dat hier vanzelf.',
  },
  join: {
    title: 'Doe mee',
    intro: 'Vul de code in die je op het scherm ziet.',
    codeLabel: 'Code',
    codeHint: 'Zes tekens, bijvoorbeeld KD7-M3X',
    next: 'Verder',
    welcomeTo: 'Welkom bij {{title}}',
    nameLabel: 'Je naam',
    nameHint: 'Zo zien de anderen je. Je voornaam is genoeg.',
    municipalityLabel: 'Je gemeente',
    municipalityChoose: 'Kies je gemeente',
    municipalityNone: 'Geen gemeente',
    municipalityHint: 'Werk je niet voor een van deze gemeenten? Kies dan ‘Geen gemeente’.',
    chooseMunicipality: 'Kies je gemeente. Of kies ‘Geen gemeente’.',
    chooseName: 'Vul je naam in.',
    sideLegend: 'Wat voor werker ben je?',
    sideFormalHelp:
      'Je werkt bij een organisatie voor opvoedondersteuning, een jeugdteam of een wijkteam.',
    sideInformalHelp: 'Je bent sleutelfiguur of vrijwilliger bij een migrantenorganisatie.',
    languageLabel: 'Taal',
    submit: 'Meedoen',
    locked: 'Deze werkplaats laat nu geen nieuwe deelnemers toe.',
    chooseSide: 'Kies formeel of informeel.',
    privacy:
      'We bewaren alleen je naam, gemeente, soort werker en taal. De begeleider kan je gegevens wissen.',
    changeCode: 'Andere code',
  },
  live: {
    waitingTitle: 'Welkom, {{name}}!',
    waitingText: 'Je bent binnen. Wacht tot de begeleider een opdracht start.',
    youAre: 'Je bent {{name}} · {{side}}',
    myDetails: 'Mijn gegevens',
    saveDetails: 'Opslaan',
    saved: 'Opgeslagen',
    removedTitle: 'Je doet niet meer mee',
    removedText:
      'De begeleider heeft je uit deze werkplaats gehaald. Vraag de begeleider om hulp als dit niet klopt.',
    signedOutTitle: 'We herkennen deze telefoon niet meer',
    signedOutText: 'Doe opnieuw mee met de code op het scherm.',
    rejoin: 'Opnieuw meedoen',
    nowRunning: 'Nu: {{title}}',
  },
};
