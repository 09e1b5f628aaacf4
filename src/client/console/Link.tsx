import type { JSX } from 'preact';
import { navigate } from '../shared/router.ts';

/**
 * A real link (it can be opened in a new tab, copied, read as a link) that navigates inside
 * the page without a reload on a plain click.
 */
export function Link(props: JSX.IntrinsicElements['a'] & { href: string }) {
  const { href, onClick: _onClick, ...rest } = props;
  return (
    <a
      {...rest}
      href={href}
      onClick={(e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        navigate(href);
      }}
    />
  );
}
