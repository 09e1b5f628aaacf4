/**
 * A skittle (kegel), drawn in SVG: decorative (aria-hidden); the prejudice's words beside it
 * say what it stands for. `down` lays it over — a CSS transition, so it falls when it changes
 * on screen and simply lies there when a page with fallen skittles comes up.
 */
export function SkittleIcon(props: { down: boolean }) {
  return (
    <svg
      class={`wp-xl-pin${props.down ? ' wp-xl-pin--down' : ''}`}
      viewBox="0 0 40 100"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d="M20 4C28 4 31 12 29 20C28 26 25 28 25 32C25 38 33 48 33 68C33 86 28 96 20 96C12 96 7 86 7 68C7 48 15 38 15 32C15 28 12 26 11 20C9 12 12 4 20 4Z"
        fill="#fffdf7"
        stroke="#1b1b1b"
        stroke-width="2.5"
      />
      <path d="M15.2 30H24.8M15.6 36H24.4" stroke="#a4161a" stroke-width="3.2" />
    </svg>
  );
}

/** The ball, rolled once per throw (its key is the throw's number); hidden for reduced motion. */
export function Ball(props: { throwNumber: number }) {
  if (props.throwNumber === 0) return null;
  return (
    <svg
      key={props.throwNumber}
      class="wp-xl-ball"
      viewBox="0 0 40 40"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="20" cy="20" r="18" fill="#1d2b3a" />
      <circle cx="14" cy="13" r="3" fill="#6b7a8a" />
      <circle cx="22" cy="11" r="3" fill="#6b7a8a" />
      <circle cx="17" cy="20" r="3" fill="#6b7a8a" />
    </svg>
  );
}
