/** The phone: joining, waiting, and the frame around each activity. */
export const participant = {
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
    municipalityNone: 'Anders / geen gemeente',
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
