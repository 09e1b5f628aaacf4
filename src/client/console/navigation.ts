import { navigate } from '../shared/router.ts';

/** Sends the person to sign in, remembering where to bring them back to afterwards. */
export function goToLogin(): void {
  if (location.pathname === '/login') return;
  const here = location.pathname + location.search;
  navigate(`/login?next=${encodeURIComponent(here)}`, true);
}

/**
 * Where to go after signing in. Only paths on this site are followed, so a crafted link
 * cannot send someone elsewhere after they typed their password.
 */
export function pathAfterLogin(): string {
  const next = new URLSearchParams(location.search).get('next');
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\')
    ? next
    : '/console';
}

export function workshopPath(workshopId: string | null | undefined): string {
  return workshopId ? `/console/${encodeURIComponent(workshopId)}` : '/console';
}

/** The preparing screens (details, people, programme editor) of one workshop. */
export function planPath(workshopId: string): string {
  return `${workshopPath(workshopId)}/plan`;
}

/** The note-takers' screen ("Verslaglegging") of one workshop. */
export function notesPath(workshopId: string): string {
  return `${workshopPath(workshopId)}/notes`;
}

/** The report and research data of one workshop. */
export function reportPath(workshopId: string): string {
  return `${workshopPath(workshopId)}/report`;
}
