import type { consoleReport as nl } from '../nl/consoleReport.ts';

export const consoleReport: typeof nl = {
  mode: 'Report',
  title: 'Report and data',
  intro:
    'Werkplaats makes the report from what was written down. Look at it below. Download it as a Word file to finish it, or print it as PDF.',
  names: "Use participants' names",
  namesHint:
    'Off: participants are called "Participant 7 (Zaanstad, informal)". Only turn this on when the participants agree. What was anonymous always stays anonymous.',
  reportHeading: 'Report',
  dataHeading: 'Data for research',
  dataIntro: 'One row per contribution, with where and when it was made.',
  formats: {
    docx: 'Word (.docx)',
    html: 'Web page, to print as PDF',
    md: 'Markdown (.md)',
    xlsx: 'Excel (.xlsx)',
    csv: 'CSV (.csv)',
    json: 'JSON, everything (.json)',
    qdpx: 'ATLAS.ti, MAXQDA, NVivo (.qdpx)',
  },
  wordsHeading: 'Your own words',
  wordsIntro:
    'Write for each part of the report what the lists do not say: what was discussed, what stood out, the conclusion. What participants wrote stays below it and follows any change.',
  section: 'Part of the report',
  text: 'Text',
  textHint: 'An empty line starts a new paragraph. Saving it empty removes the text.',
  save: 'Save text',
  saved: 'Saved. The preview below is up to date.',
  sections: { introduction: 'Background and aim', conclusion: 'Conclusion' },
  preview: 'Preview of the report',
  printHint: 'Print as PDF: open the web page and choose Print, then Save as PDF.',
};
