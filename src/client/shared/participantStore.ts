import { normalizeJoinCode } from '../../domain/ids.ts';

/** What a phone keeps to come back as the same participant: the token, per workshop code. */
export interface StoredParticipant {
  readonly token: string;
  readonly participantId: string;
  readonly workshopId: string;
}

const key = (code: string) => `wp:participant:${normalizeJoinCode(code) ?? code}`;

export function loadParticipant(code: string): StoredParticipant | null {
  try {
    const raw = localStorage.getItem(key(code));
    return raw ? (JSON.parse(raw) as StoredParticipant) : null;
  } catch {
    return null;
  }
}

export function saveParticipant(code: string, participant: StoredParticipant): void {
  try {
    localStorage.setItem(key(code), JSON.stringify(participant));
  } catch {
    // The httpOnly cookie still identifies this phone.
  }
}

export function forgetParticipant(code: string): void {
  try {
    localStorage.removeItem(key(code));
  } catch {
    // nothing to forget
  }
}
