import type { common as nl } from '../nl/common.ts';

export const common: typeof nl = {
  appName: 'Werkplaats',
  loading: 'Loading…',
  retry: 'Try again',
  close: 'Close',
  save: 'Save',
  cancel: 'Cancel',
  back: 'Back',
  sides: { formal: 'Formal worker', informal: 'Informal worker' },
  sidesPlural: { formal: 'Formal workers', informal: 'Informal workers' },
  languages: { nl: 'Nederlands', en: 'English' },
  connection: {
    online: 'Connected',
    offline: 'No connection. Trying again…',
    reconnecting: 'Reconnecting…',
    pending_one: '{{count}} change is waiting for a connection',
    pending_other: '{{count}} changes are waiting for a connection',
  },
  errorPrefix: 'Note',
  viewFailed: 'This part of the screen is not working right now. Try again or reload the page.',
  programme: {
    now: 'Now',
    next: 'Next',
    at: 'at {{time}}',
    fromTo: '{{from}} – {{to}}',
    documents: 'Documents for this part',
    open: 'Open {{name}}',
    fileTypes: { pdf: 'PDF', image: 'image' },
    itemTypes: {
      presentation: 'Presentation',
      break: 'Break',
      meal: 'Meal',
      other: 'Programme item',
    },
  },
};
