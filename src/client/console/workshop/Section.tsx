import type { ComponentChildren } from 'preact';

/** The sections of the workshop console; their ids are the in-page menu's targets. */
export const SECTION_IDS = [
  'overview',
  'partnerships',
  'participants',
  'programme',
  'team',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** One titled part of the console page, reachable from the menu and by heading navigation. */
export function Section(props: { id: SectionId; title: string; children: ComponentChildren }) {
  return (
    <section
      id={props.id}
      class="wp-console-section wp-stack"
      aria-labelledby={`${props.id}-title`}
    >
      {/* Focusable so focus has a place to land when an item of this section disappears. */}
      <h2 id={`${props.id}-title`} tabIndex={-1}>
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}
