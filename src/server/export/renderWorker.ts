/**
 * The render worker's entry (built to dist/server/exportWorker.js): makes DOCX and PDF files
 * from report documents sent by the main thread, one at a time. pdfmake's layout and docx's
 * packing are synchronous and take seconds on a large workshop; here they cannot hold up the
 * acknowledgements of a live room on the same server.
 */
import { parentPort } from 'node:worker_threads';
import { DomainError } from '../../domain/errors.ts';
import { REPORT_FORMATS } from './formats.ts';
import type { RenderJob, RenderResult } from './renderJob.ts';

async function run(job: RenderJob): Promise<RenderResult> {
  try {
    const format = REPORT_FORMATS.get(job.format);
    if (!format || 'data' in format)
      throw new DomainError('WP_ERR_VALIDATION', { field: 'format' });
    const bytes = await format.render(job.doc, job.words, job.photos);
    return { id: job.id, ok: true, bytes };
  } catch (error) {
    const coded = error instanceof DomainError;
    return {
      id: job.id,
      ok: false,
      code: coded ? error.code : null,
      params: coded ? error.params : {},
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

parentPort?.on('message', (job: RenderJob) => {
  void run(job).then((result) => {
    const transfer = result.ok ? [result.bytes.buffer as ArrayBuffer] : [];
    parentPort?.postMessage(result, transfer);
  });
});
