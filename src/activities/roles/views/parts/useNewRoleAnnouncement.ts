import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../../../i18n/index.ts';
import type { Role } from '../../schema.ts';

/** Tells screen-reader users when a role appears on the lists they work on. */
export function useNewRoleAnnouncement(roles: readonly Role[], t: Translate): string {
  const [message, setMessage] = useState('');
  const seen = useRef(new Set(roles.map((r) => r.id)));
  const key = roles.map((r) => r.id).join(',');
  useEffect(() => {
    const fresh = roles.filter((r) => !seen.current.has(r.id));
    for (const role of roles) seen.current.add(role.id);
    const last = fresh.at(-1);
    if (last) setMessage(t('participant.newRole', { name: last.name }));
  }, [key]);
  return message;
}
