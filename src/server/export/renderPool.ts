import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DomainError } from '../../domain/errors.ts';
import type { ReportDocument } from '../../domain/reportDocument/document.ts';
import type { FormatWords } from './formats.ts';
import type { PhotoBytes } from './photos.ts';
import type { RenderJob, RenderResult } from './renderJob.ts';

type Pending = { resolve: (bytes: Buffer) => void; reject: (error: Error) => void };

/**
 * One worker thread that makes the heavy files (DOCX, PDF) one after another, started on the
 * first export and kept (its figure cache with it). One, not one per export: a 5,000-note PDF
 * takes a few hundred MB while it is made, and the machine has two cores, one of them the
 * room's. A crashed worker fails what it was making; the next export starts a new one.
 */
export class RenderPool {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(private readonly script: URL) {}

  render(format: string, doc: ReportDocument, words: FormatWords, photos: PhotoBytes) {
    const id = this.nextId++;
    const job: RenderJob = { id, format, doc, words, photos };
    return new Promise<Buffer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.started().postMessage(job);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script);
    // The server's own handles keep the process alive; an idle worker should not.
    worker.unref();
    worker.on('message', (result: RenderResult) => this.settle(result));
    worker.on('error', (error) => this.failAll(worker, error));
    worker.on('exit', (code) => this.failAll(worker, new Error(`render worker exited (${code})`)));
    this.worker = worker;
    return worker;
  }

  private settle(result: RenderResult) {
    const waiting = this.pending.get(result.id);
    if (!waiting) return;
    this.pending.delete(result.id);
    if (result.ok)
      waiting.resolve(
        Buffer.from(result.bytes.buffer, result.bytes.byteOffset, result.bytes.byteLength),
      );
    else
      waiting.reject(
        result.code
          ? new DomainError(result.code, result.params, result.message)
          : new Error(result.message),
      );
  }

  private failAll(worker: Worker, error: Error) {
    if (this.worker !== worker) return;
    this.worker = null;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}

/**
 * The built worker beside the built server (dist/server/exportWorker.js), or null when running
 * from the TypeScript sources (tests, `run-ts`), where Node 20 cannot start a .ts worker: then
 * the files are made on the main thread as before.
 */
export function builtWorkerScript(from: string = import.meta.url): URL | null {
  const script = new URL('./exportWorker.js', from);
  return fs.existsSync(fileURLToPath(script)) ? script : null;
}

let shared: RenderPool | null | undefined;

/** The process's pool, or null when there is no built worker (see `builtWorkerScript`). */
export function renderPool(): RenderPool | null {
  if (shared === undefined) {
    const script = builtWorkerScript();
    shared = script ? new RenderPool(script) : null;
  }
  return shared;
}
