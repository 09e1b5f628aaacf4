/**
 * The seed's two lists of roles (the report of the workshop in Doorn), the starting catalog
 * of suggestions. Text after the dash in the seed ("Fixer (snel en goed organiseren)") is the
 * description. An empty description means none.
 */
export const catalogNl = {
  formal: {
    guardian: { name: 'Bewaker veiligheid kind', description: '' },
    fixer: { name: 'Fixer', description: 'Snel en goed organiseren en regelen' },
    expert: { name: 'Deskundige', description: '' },
    coordinator: { name: 'Coördinator van de samenwerking', description: '' },
    catalyst: { name: 'Katalysator van positieve beweging', description: '' },
    meetingHost: { name: 'Facilitator van ontmoetingen en bijeenkomsten', description: '' },
    bringingTogether: { name: 'Samenbrengen formeel en informeel', description: '' },
    recognition: { name: 'Erkenning geven aan werk informeel', description: '' },
    sparringPartner: { name: 'Sparringpartner van informeel', description: '' },
    networker: {
      name: 'Netwerker',
      description: 'Het netwerk benutten om mensen door te verwijzen',
    },
    human: { name: '"Mens zijn"', description: '' },
  },
  informal: {
    literalInterpreter: { name: 'Tolk letterlijk', description: '' },
    figurativeInterpreter: { name: 'Tolk figuurlijk', description: '' },
    confidant: { name: 'Vertrouwenspersoon', description: '' },
    safeSpace: { name: 'Schepper van de veilige ruimte', description: '' },
    guidingClients: { name: 'Begeleiden van cliënten', description: '' },
    bridge: { name: 'Brugfunctie naar instanties', description: '' },
    adviser: { name: 'Adviseur van formele werker', description: '' },
    clarifying: { name: 'Helpen probleem cliënt te verduidelijken', description: '' },
    roleModel: { name: 'Rolmodel voor de gemeenschap', description: '' },
    driver: {
      name: 'Aanjager',
      description: 'Mensen aanmoedigen actie te ondernemen: hulp zoeken, taal leren',
    },
    signalling: { name: 'Problemen signaleren in de achterban', description: '' },
    aftercare: { name: 'Bieden nazorg', description: '' },
    prevention: { name: 'Bieden voorzorgtraject', description: '' },
    firstContact: { name: 'Laagdrempelig aanspreekpunt', description: '' },
    information: { name: 'Voorlichting geven', description: 'Ook preventief' },
    thinkingAlong: {
      name: 'Meedenken met de gemeenschap of formele werkers',
      description: '',
    },
    human: { name: '"Mens zijn"', description: '' },
  },
};
