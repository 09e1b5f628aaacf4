import QRCode from 'qrcode';
import { formatJoinCode } from '../domain/ids.ts';
import type { Config } from './config.ts';
import { DEMO_ACCOUNT } from './demo/demoData.ts';
import type { StartupInfo } from './demo/bootstrap.ts';
import { joinUrl, lanAddress } from './http/urls.ts';

/** What the log below the banner will show, so a quiet terminal is not mistaken for a hang. */
function logNote(level: string): string {
  if (level === 'debug' || level === 'trace') return `every request (LOG_LEVEL=${level})`;
  if (level === 'info')
    return 'a summary of requests once a minute (LOG_LEVEL=debug: every request)';
  if (level === 'silent') return 'nothing (LOG_LEVEL=silent)';
  return `${level === 'warn' ? 'warnings and errors' : 'errors'} only (LOG_LEVEL=${level})`;
}

/** What a facilitator needs after `npm start`: where to go, how to sign in, how people join. */
export async function startupBanner(
  config: Config,
  port: number,
  info: StartupInfo,
): Promise<string> {
  const local = config.publicUrl ?? `http://localhost:${port}`;
  const lan = lanAddress();
  const forPhones = config.publicUrl ?? (lan ? `http://${lan}:${port}` : local);
  const lines = [
    '',
    `Werkplaats is running on ${local}`,
    `  data: ${config.databaseFile}`,
    `  log:  ${logNote(config.logLevel)}`,
  ];
  if (info.mode === 'setup') {
    lines.push(
      '',
      'No administrator yet. Create one with this one-time link (valid 24 hours):',
      `  ${local}/setup/${info.setupToken}`,
    );
  }
  if (info.mode === 'demo') {
    const join = joinUrl(forPhones, info.code);
    lines.push(
      '',
      'Demo workshop "Onderzoekswerkplaats Doorn"',
      `  Console:    ${local}/console/${info.workshopId}`,
      `              sign in as ${DEMO_ACCOUNT.email} / ${DEMO_ACCOUNT.password}`,
      `              or use this one-time link: ${local}/signin/${info.signInToken}`,
      `  Projector:  ${local}/projector/${info.code}`,
      `  Join code:  ${formatJoinCode(info.code)}   (phones: ${join})`,
      '',
      await QRCode.toString(join, { type: 'terminal', small: true }),
      'Demo mode: do not use for real workshops. Set WERKPLAATS_DEMO=0 (or NODE_ENV=production) for real use.',
    );
  }
  return lines.join('\n');
}
