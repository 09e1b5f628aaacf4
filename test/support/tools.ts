import { spawnSync } from 'node:child_process';

/**
 * Outside programs some tests need (LibreOffice to open a DOCX, xmllint to check a schema).
 * Locally a test may skip when one is missing, saying why; in CI (`CI=true`) a missing tool
 * is a failure, never a silent skip: `.ci/run` installs them.
 */
export function toolUnavailable(command: string, debianPackage: string): string | null {
  const found = spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
  if (found) return null;
  const reason = `${command} not found (apt-get install ${debianPackage})`;
  if (process.env.CI === 'true') throw new Error(`Cannot run in CI: ${reason}`);
  console.warn(`Skipping: ${reason}`);
  return reason;
}
