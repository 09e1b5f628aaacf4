/**
 * The kinds of a note in the minutes, one word each. The console, the projector and the report
 * say them alike, so they are written once and used by all three catalogues.
 */
export const noteKinds = {
  point: 'Punt',
  conclusion: 'Conclusie',
  quote: 'Citaat',
  question: 'Vraag',
  observation: 'Observatie',
};
