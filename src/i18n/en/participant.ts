import type { participant as nl } from '../nl/participant.ts';

export const participant: typeof nl = {
  door: {
    title: 'The door is closed',
    text: 'The workshop no longer lets people in by themselves. Ask the facilitator if you may join. Fill in your details and send your request.',
    ask: 'Ask to come in',
    waitingTitle: 'Your request has been sent',
    waitingText:
      'The facilitator sees your request. Keep this page open. When you are let in, you will go on by yourself.',
    refusedTitle: 'You cannot come in right now',
    refusedText:
      'The facilitator did not let you in for now. Talk to the facilitator. Then you can ask again.',
    askAgain: 'Ask again',
    opened: 'The door is open again. You can join now.',
    joinNow: 'Join now',
  },
  details: {
    intro: 'Something not right? Change it here.',
    saved: 'Your details have been changed.',
  },
  day: {
    welcomeText: 'You are in. The workshop starts soon. Your phone will then show you what to do.',
    closingText: 'You can close this page now. If the workshop goes on, you will see it here.',
  },
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
    municipalityChoose: 'Choose your municipality',
    municipalityNone: 'No municipality',
    municipalityHint: 'Not working for one of these municipalities? Then choose ‘No municipality’.',
    chooseMunicipality: 'Choose your municipality. Or choose ‘No municipality’.',
    chooseName: 'Fill in your name.',
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
