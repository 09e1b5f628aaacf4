import './ModeSwitch.css';
import { useT } from '../../../ui/i18n.tsx';
import { Link } from '../Link.tsx';
import { notesPath, planPath, reportPath, workshopPath } from '../navigation.ts';

export type ConsoleMode = 'run' | 'plan' | 'report' | 'notes';

/**
 * The screens of a workshop: Live (the day, run from one screen), Preparing (details, people,
 * the programme editor) and Report (the report and the research data). Links, not tabs: each screen has its own address, so a
 * facilitator can keep both open in two windows and the back button works.
 */
export function ModeSwitch({ workshopId, mode }: { workshopId: string; mode: ConsoleMode }) {
  const t = useT();
  const links = [
    { mode: 'run', href: workshopPath(workshopId), label: t('console.run.live') },
    { mode: 'plan', href: planPath(workshopId), label: t('console.run.plan') },
    { mode: 'report', href: reportPath(workshopId), label: t('console.report.mode') },
    { mode: 'notes', href: notesPath(workshopId), label: t('console.notes.mode') },
  ] as const;
  return (
    <nav class="wp-mode-switch" aria-label={t('console.run.modes')}>
      <ul>
        {links.map((link) => (
          <li key={link.mode}>
            <Link href={link.href} aria-current={link.mode === mode ? 'page' : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
