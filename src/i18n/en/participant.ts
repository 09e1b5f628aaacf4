import type { participant as nl } from '../nl/participant.ts';

export const participant: typeof nl = {
  join: {
    title: 'Join',
    intro: 'Enter the code you see on the screen.',
    codeLabel: 'Code',
    codeHint: 'Six characters, for example KD7-M3X',
    next: 'Next',
    welcomeTo: 'Welcome to {{title}}',
    nameLabel: 'Your name',
    nameHint: 'This is how others see you. Your first name is enough.',
    municipalityLabel: 'Your municipality',
    municipalityNone: 'Other / no municipality',
    sideLegend: 'What kind of worker are you?',
    sideFormalHelp:
      'You work for a parenting support organisation, a youth team or a neighbourhood team.',
    sideInformalHelp: 'You are a key figure or volunteer in a migrant organisation.',
    languageLabel: 'Language',
    submit: 'Join',
    locked: 'This workshop does not let new participants in right now.',
    chooseSide: 'Choose formal or informal.',
    privacy:
      'We only keep your name, municipality, kind of worker and language. The facilitator can erase your details.',
    changeCode: 'Other code',
  },
  live: {
    waitingTitle: 'Welcome, {{name}}!',
    waitingText: 'You are in. Wait until the facilitator starts an activity.',
    youAre: 'You are {{name}} · {{side}}',
    myDetails: 'My details',
    saveDetails: 'Save',
    saved: 'Saved',
    removedTitle: 'You no longer take part',
    removedText:
      'The facilitator removed you from this workshop. Ask the facilitator for help if this is a mistake.',
    signedOutTitle: 'We no longer recognise this phone',
    signedOutText: 'Join again with the code on the screen.',
    rejoin: 'Join again',
    nowRunning: 'Now: {{title}}',
  },
};
