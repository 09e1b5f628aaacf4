import type { Role } from '../../schema.ts';
import type { RolesViewProps } from '../types.ts';

/** What each role item on the console gets: the view props plus the merge selection. */
export type ConsoleItemProps = RolesViewProps & {
  readonly selected: readonly string[];
  readonly onSelect: (roleId: string, on: boolean) => void;
};

export type ConsoleRoleProps = ConsoleItemProps & {
  readonly role: Role;
  /** Index on its list and the list's length (hidden roles: -1 and 0, not movable). */
  readonly position: number;
  readonly total: number;
};
