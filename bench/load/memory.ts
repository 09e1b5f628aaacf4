import type { ChildProcess } from 'node:child_process';
import WebSocket from 'ws';
import { rssOf } from './procs.ts';
import { sleep } from './stats.ts';

/**
 * Memory of a server process, settled: a full garbage collection first (through the
 * inspector the server was started with, on 127.0.0.1 only), so "per phone" is the memory
 * phones hold and not whatever garbage happened to be waiting when we looked.
 */
export interface Memory {
  /** VmRSS in bytes. */
  readonly rss: number;
  /** V8 heap in use, in bytes (NaN without an inspector). */
  readonly heap: number;
}

/** Node's `--inspect` flag for a process we measure: loopback, any free port. */
export const INSPECT = '--inspect=127.0.0.1:0';

const NOISE =
  /^(Debugger listening on|For help, see|Debugger attached|Waiting for the debugger|Debugger ending)/;

/**
 * Reads the inspector address off the child's stderr and passes every other stderr line on,
 * so the server's warnings still show.
 */
export function inspectorOf(child: ChildProcess): Promise<string | null> {
  return new Promise((resolve) => {
    let buffered = '';
    const timer = setTimeout(() => resolve(null), 10_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const l of lines) {
        const url = /Debugger listening on (ws:\/\/\S+)/.exec(l)?.[1];
        if (url) {
          clearTimeout(timer);
          resolve(url);
        }
        if (!NOISE.test(l.trim()) && l.trim()) process.stderr.write(`${l}\n`);
      }
    });
  });
}

/** One inspector call on a fresh session. */
async function inspect(url: string, methods: readonly string[]): Promise<unknown[]> {
  const ws = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  try {
    const results: unknown[] = [];
    for (const [i, method] of methods.entries()) {
      results.push(
        await new Promise<unknown>((resolve, reject) => {
          const timer = setTimeout(
            () => reject(new Error(`inspector ${method} timed out`)),
            30_000,
          );
          const onMessage = (data: WebSocket.RawData) => {
            const message = JSON.parse(String(data)) as { id?: number; result?: unknown };
            if (message.id !== i + 1) return;
            clearTimeout(timer);
            ws.off('message', onMessage);
            resolve(message.result);
          };
          ws.on('message', onMessage);
          ws.send(JSON.stringify({ id: i + 1, method }));
        }),
      );
    }
    return results;
  } finally {
    ws.close();
  }
}

export async function settledMemory(pid: number, inspector: string | null): Promise<Memory> {
  if (!inspector) return { rss: rssOf(pid), heap: Number.NaN };
  const [, usage] = await inspect(inspector, [
    'HeapProfiler.collectGarbage',
    'Runtime.getHeapUsage',
  ]);
  // Let the collector hand pages back before reading the resident size.
  await sleep(300);
  return {
    rss: rssOf(pid),
    heap: (usage as { usedSize?: number } | undefined)?.usedSize ?? Number.NaN,
  };
}
