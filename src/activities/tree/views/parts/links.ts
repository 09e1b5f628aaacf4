import type { Reference } from '../../../../domain/activity.ts';
import { LINK_TYPES, type Link, type LinkType } from '../../schema.ts';

/** What an item may be linked to: the roles and strengths this workshop has shared so far. */
export function linkable(references: readonly Reference[]): (Reference & { type: LinkType })[] {
  return references.filter((r): r is Reference & { type: LinkType } =>
    (LINK_TYPES as readonly string[]).includes(r.type),
  );
}

/** The current wording of a linked role or strength; null when it is gone (or not visible). */
export function linkText(link: Link, references: readonly Reference[]): string | null {
  return references.find((r) => r.activityId === link.activityId && r.id === link.id)?.text ?? null;
}

export const sameLink = (a: Link, b: Link) => a.activityId === b.activityId && a.id === b.id;
