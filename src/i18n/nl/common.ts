/** Strings every screen may use. */
export const common = {
  appName: 'Werkplaats',
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
};
