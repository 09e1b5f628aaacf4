/**
 * The demo workshop, after the seed report: the two-day workshop at Zonheuvel in Doorn with
 * partnerships from five municipalities. Organisation names other than Al Amal are examples.
 */
export const DEMO_ACCOUNT = {
  email: 'demo@werkplaats.test',
  password: 'werkplaats-demo',
  name: 'Demo begeleider',
} as const;

export const DEMO_WORKSHOP = {
  title: 'Onderzoekswerkplaats Doorn',
  startsOn: '2026-10-09',
  endsOn: '2026-10-10',
  venue: 'Landgoed Zonheuvel, Doorn',
  defaultLanguage: 'nl',
} as const;

export const DEMO_PARTNERSHIPS = [
  {
    municipality: 'Dordrecht',
    formalOrganisation: 'Sociaal wijkteam Dordrecht',
    informalOrganisation: 'Intermediairs Dordrecht',
  },
  {
    municipality: 'Utrecht',
    formalOrganisation: 'Buurtteam Jeugd en Gezin Utrecht',
    informalOrganisation: 'Al Amal',
  },
  {
    municipality: 'Zaanstad',
    formalOrganisation: 'Jeugdteam Zaanstad',
    informalOrganisation: 'Vrouwennetwerk Zaanstad',
  },
  {
    municipality: 'Zuidplas',
    formalOrganisation: 'Centrum voor Jeugd en Gezin Zuidplas',
    informalOrganisation: 'Sleutelfiguren Zuidplas',
  },
  {
    municipality: 'Den Haag',
    formalOrganisation: 'Centrum voor Jeugd en Gezin Den Haag',
    informalOrganisation: 'Migrantenplatform Den Haag',
  },
] as const;
