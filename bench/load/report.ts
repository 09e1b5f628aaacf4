import fs from 'node:fs';
import { fmt } from './stats.ts';

/**
 * A run's figures, in the order they were recorded. Values are numbers (formatted here) or
 * text; the table puts runs side by side, one figure a row.
 */
export class Run {
  readonly figures = new Map<string, number | string>();
  readonly remarks: string[] = [];

  constructor(readonly name: string) {}

  set(figure: string, value: number | string): this {
    this.figures.set(figure, value);
    return this;
  }

  get(figure: string): number {
    const v = this.figures.get(figure);
    return typeof v === 'number' ? v : Number.NaN;
  }

  remark(text: string): this {
    this.remarks.push(text);
    return this;
  }
}

function cell(value: number | string | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return Number.isInteger(value) ? String(value) : fmt(value);
}

/** One line per run: the figures named in `keys` that it has. */
export function line(run: Run, keys: readonly string[]): string {
  const parts = keys
    .filter((k) => run.figures.has(k))
    .map((k) => `${k} ${cell(run.figures.get(k))}`);
  return `[${run.name}] ${parts.join(' · ')}${run.remarks.length ? ` (${run.remarks.join('; ')})` : ''}`;
}

/** Figures as rows, runs as columns. */
export function markdownTable(runs: readonly Run[]): string {
  const figures: string[] = [];
  for (const run of runs)
    for (const key of run.figures.keys()) if (!figures.includes(key)) figures.push(key);
  const header = `| figure | ${runs.map((r) => r.name).join(' | ')} |`;
  const rule = `|---|${runs.map(() => '---:').join('|')}|`;
  const rows = figures.map(
    (f) => `| ${f} | ${runs.map((r) => cell(r.figures.get(f))).join(' | ')} |`,
  );
  const remarks = runs.flatMap((r) => r.remarks.map((m) => `- ${r.name}: ${m}`));
  return [header, rule, ...rows, ...(remarks.length ? ['', ...remarks] : [])].join('\n');
}

export function writeJson(file: string, meta: Record<string, unknown>, runs: readonly Run[]): void {
  const data = {
    ...meta,
    runs: runs.map((r) => ({
      name: r.name,
      figures: Object.fromEntries(r.figures),
      remarks: r.remarks,
    })),
  };
  fs.writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}
