import type { ComponentChildren, JSX, Ref } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ConsoleStrengths } from './ConsoleStrengths.tsx';
import { RenameForm } from './RenameForm.tsx';
import { RoleActions } from './RoleActions.tsx';
import type { ConsoleRoleProps } from './types.ts';

/** One role as the facilitator sees it: everything about it, and every action on it. */
export function ConsoleRole(
  props: ConsoleRoleProps & {
    itemRef?: Ref<HTMLLIElement> | ((node: HTMLElement | null) => void);
    style?: JSX.CSSProperties;
    dragging?: boolean;
    handle?: ComponentChildren;
  },
) {
  const { t, role } = props;
  const { state } = props.activity;
  const [editing, setEditing] = useState(false);
  const item = useRef<HTMLLIElement | null>(null);
  const closed = useRef(false);
  // Leaving the editor puts focus back on this role's "edit" button.
  useEffect(() => {
    if (closed.current) item.current?.querySelector<HTMLButtonElement>('.wp-roles-edit')?.focus();
    closed.current = false;
  }, [editing]);
  const nameId = `console-role-${role.id}`;
  const spotlit = state.spotlightId === role.id;
  const pending = props.pending.some(
    (p) =>
      ('roleId' in p.command && p.command.roleId === role.id) ||
      ('roleIds' in p.command && p.command.roleIds.includes(role.id)),
  );
  const classes = ['wp-note', 'wp-roles-console-role', `wp-note--${role.side}`];
  if (spotlit) classes.push('wp-note--spotlight');
  if (role.hidden) classes.push('wp-console-note--hidden');
  if (pending) classes.push('wp-note--pending');
  if (props.dragging) classes.push('wp-roles-console-role--dragging');
  const setRef = (node: HTMLLIElement | null) => {
    item.current = node;
    const outer = props.itemRef;
    if (typeof outer === 'function') outer(node);
    else if (outer) outer.current = node;
  };

  return (
    <li
      ref={setRef}
      style={props.style}
      class={classes.join(' ')}
      aria-current={spotlit ? 'true' : undefined}
    >
      <div class="wp-roles-console-role__head">
        {props.handle}
        {editing ? (
          <RenameForm
            {...props}
            onClose={() => {
              closed.current = true;
              setEditing(false);
            }}
          />
        ) : (
          <div>
            <p id={nameId} class="wp-roles-card__name">
              {role.name}
            </p>
            {role.description && <p class="wp-roles-card__description">{role.description}</p>}
          </div>
        )}
      </div>
      <p class="wp-note__meta wp-row">
        <span>{byLine(props)}</span>
        {role.hidden && <span class="wp-badge">{t('console.hidden')}</span>}
        {!role.shared && <span class="wp-badge">{t('console.notShared')}</span>}
        {spotlit && (
          <span class="wp-badge wp-roles-badge--spotlight">{t('console.spotlighted')}</span>
        )}
        {pending && <span>{t('console.pending')}</span>}
      </p>
      <ConsoleStrengths {...props} describedBy={nameId} />
      <p class="wp-note__meta">
        <strong>{t('endorsements', { count: role.endorsements })}</strong>
        {role.endorsers.length > 0 && (
          <> · {t('console.endorsedBy', { names: names(props, role.endorsers) })}</>
        )}
      </p>
      {!editing && <RoleActions {...props} nameId={nameId} onEdit={() => setEditing(true)} />}
    </li>
  );
}

function names(props: ConsoleRoleProps, ids: readonly string[]): string {
  const { participants } = props.workshop;
  return ids
    .map((id) => participants[id]?.displayName ?? props.t('console.unknownPerson'))
    .join(', ');
}

/** Where the role came from: a person, the catalog, the facilitator, or a merge. */
function byLine(props: ConsoleRoleProps): string {
  const { t, role } = props;
  if (role.mergedFrom.length > 0) return t('console.mergedFrom', { count: role.mergedFrom.length });
  if (role.proposerId) return t('console.proposedBy', { name: names(props, [role.proposerId]) });
  return role.catalogKey ? t('console.fromCatalog') : t('console.byFacilitator');
}
