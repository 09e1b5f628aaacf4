import type { catalogNl } from './catalog.nl.ts';

/** The seed's catalog of roles in English; typed against Dutch so no entry goes missing. */
export const catalogEn: typeof catalogNl = {
  formal: {
    guardian: { name: "Guardian of the child's safety", description: '' },
    fixer: { name: 'Fixer', description: 'Organising and arranging things quickly and well' },
    expert: { name: 'Expert', description: '' },
    coordinator: { name: 'Coordinator of the partnership', description: '' },
    catalyst: { name: 'Catalyst of positive change', description: '' },
    meetingHost: { name: 'Facilitator of encounters and meetings', description: '' },
    bringingTogether: { name: 'Bringing formal and informal together', description: '' },
    recognition: { name: 'Giving recognition to informal work', description: '' },
    sparringPartner: { name: 'Sparring partner for informal workers', description: '' },
    networker: { name: 'Networker', description: 'Using the network to refer people onwards' },
    human: { name: '"Being human"', description: '' },
  },
  informal: {
    literalInterpreter: { name: 'Interpreter (literally)', description: '' },
    figurativeInterpreter: { name: 'Interpreter (figuratively)', description: '' },
    confidant: { name: 'Confidant', description: '' },
    safeSpace: { name: 'Creator of a safe space', description: '' },
    guidingClients: { name: 'Guiding clients', description: '' },
    bridge: { name: 'Bridge to services', description: '' },
    adviser: { name: 'Adviser to the formal worker', description: '' },
    clarifying: { name: "Helping to clarify the client's problem", description: '' },
    roleModel: { name: 'Role model for the community', description: '' },
    driver: {
      name: 'Driver',
      description: 'Encouraging people to take action: seek help, learn the language',
    },
    signalling: { name: 'Spotting problems in the community', description: '' },
    aftercare: { name: 'Offering aftercare', description: '' },
    prevention: { name: 'Offering a preventive path', description: '' },
    firstContact: { name: 'Easy-to-reach first contact', description: '' },
    information: { name: 'Giving information', description: 'Also preventive' },
    thinkingAlong: { name: 'Thinking along with the community or formal workers', description: '' },
    human: { name: '"Being human"', description: '' },
  },
};
