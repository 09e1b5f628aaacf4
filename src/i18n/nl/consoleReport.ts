/** The report screen of the console ("Verslag"): preview and downloads. */
export const consoleReport = {
  mode: 'Verslag',
  title: 'Verslag en gegevens',
  intro:
    'Werkplaats maakt het verslag zelf uit wat er is opgeschreven. Bekijk het hieronder. Download het als Word-bestand om het af te maken, of print het als PDF.',
  names: 'Namen van deelnemers gebruiken',
  namesHint:
    'Uit: deelnemers heten "Deelnemer 7 (Zaanstad, informeel)". Zet dit alleen aan als de deelnemers dat goed vinden. Wat anoniem is gemaakt, blijft altijd anoniem.',
  reportHeading: 'Verslag',
  dataHeading: 'Gegevens voor onderzoek',
  dataIntro: 'Eén regel per bijdrage, met waar en wanneer die is gemaakt.',
  formats: {
    docx: 'Word (.docx)',
    html: 'Webpagina, om te printen als PDF',
    md: 'Markdown (.md)',
    xlsx: 'Excel (.xlsx)',
    csv: 'CSV (.csv)',
    json: 'JSON, alles (.json)',
    qdpx: 'ATLAS.ti, MAXQDA, NVivo (.qdpx)',
  },
  wordsHeading: 'Jullie eigen tekst',
  wordsIntro:
    'Schrijf bij elk deel van het verslag wat de lijsten niet zeggen: wat er besproken is, wat opviel, de conclusie. Wat deelnemers schreven blijft eronder staan en past zich aan als er iets verandert.',
  section: 'Deel van het verslag',
  text: 'Tekst',
  textHint: 'Een lege regel begint een nieuwe alinea. Leeg opslaan haalt de tekst weg.',
  save: 'Tekst opslaan',
  saved: 'Opgeslagen. Het voorbeeld hieronder is bijgewerkt.',
  sections: { introduction: 'Aanleiding en doel', conclusion: 'Conclusie' },
  preview: 'Voorbeeld van het verslag',
  printHint: 'Printen als PDF: open de webpagina en kies Afdrukken, dan Opslaan als PDF.',
};
