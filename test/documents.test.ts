import { afterEach, describe, expect, it } from 'vitest';
import { orderedBlocks } from '../src/domain/programme/state.ts';
import {
  cookieHeader,
  facilitatorWithWorkshop,
  http,
  join,
  startServer,
  type TestServer,
} from './support/server.ts';

let server: TestServer;
afterEach(async () => server?.close());

const PDF = new TextEncoder().encode(
  '%PDF-1.4\n% Werkplaats test\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n',
);

async function upload(
  url: string,
  cookie: string,
  bytes: Uint8Array,
  name: string,
  type = 'application/pdf',
) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  const response = await fetch(url, {
    method: 'POST',
    headers: { cookie, origin: server.url },
    body: form,
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      document?: { id: string; mime: string };
      error?: { code: string };
    },
  };
}

describe('documents on programme blocks', () => {
  it('a facilitator uploads a PDF; the workshop people can open it; others cannot', async () => {
    server = await startServer();
    const f = await facilitatorWithWorkshop(server);
    const room = await server.app.ctx.rooms.get(f.workshopId);
    const blockId = orderedBlocks(room.state.programme)[0]!.id;
    const url = `${server.url}/api/workshops/${f.workshopId}/blocks/${blockId}/documents`;

    const ok = await upload(url, f.cookie, PDF, '../../Discussietekst kader.pdf');
    expect(ok.status).toBe(201);
    expect(ok.body.document).toMatchObject({
      mime: 'application/pdf',
      name: 'Discussietekst kader.pdf',
    });
    const id = ok.body.document!.id;
    expect(room.state.programme.blocks[blockId]?.documents.map((d) => d.id)).toEqual([id]);

    // The facilitator, a participant of this workshop and the projector (by code) may read it.
    const asFacilitator = await fetch(`${server.url}/api/documents/${id}`, {
      headers: { cookie: f.cookie },
    });
    expect(asFacilitator.status).toBe(200);
    expect(asFacilitator.headers.get('content-type')).toBe('application/pdf');
    expect(new Uint8Array(await asFacilitator.arrayBuffer())).toEqual(PDF);
    const joined = await http(server, 'POST', '/api/join', {
      code: f.code,
      displayName: 'Anna',
      partnershipId: null,
      side: 'formal',
      language: 'nl',
    });
    expect(
      (
        await fetch(`${server.url}/api/documents/${id}`, {
          headers: { cookie: cookieHeader(joined.setCookie) },
        })
      ).status,
    ).toBe(200);
    expect((await fetch(`${server.url}/api/documents/${id}?code=${f.code}`)).status).toBe(200);
    // Nobody else; and once detached, nobody at all.
    expect((await fetch(`${server.url}/api/documents/${id}`)).status).toBe(404);
    await f.command({ type: 'detachDocument', blockId, documentId: id });
    expect(
      (await fetch(`${server.url}/api/documents/${id}`, { headers: { cookie: f.cookie } })).status,
    ).toBe(404);
  });

  it('refuses other file types (by content, not by name) and participants uploading', async () => {
    server = await startServer();
    const f = await facilitatorWithWorkshop(server);
    const room = await server.app.ctx.rooms.get(f.workshopId);
    const blockId = orderedBlocks(room.state.programme)[0]!.id;
    const url = `${server.url}/api/workshops/${f.workshopId}/blocks/${blockId}/documents`;
    const html = await upload(
      url,
      f.cookie,
      new TextEncoder().encode('<script>alert(1)</script>'),
      'slides.pdf',
    );
    expect(html.status).toBe(400);
    expect(html.body.error?.code).toBe('WP_ERR_VALIDATION');
    const anna = await join(server, f.code, 'Anna', 'formal');
    const byParticipant = await upload(url, `wp_pt_${f.workshopId}=${anna.token}`, PDF, 'x.pdf');
    expect(byParticipant.status).toBe(401);
    expect(room.state.programme.blocks[blockId]?.documents).toEqual([]);
  });

  it('refuses files over 15 MB with a coded error and stores nothing', async () => {
    server = await startServer();
    const f = await facilitatorWithWorkshop(server);
    const room = await server.app.ctx.rooms.get(f.workshopId);
    const blockId = orderedBlocks(room.state.programme)[0]!.id;
    const big = new Uint8Array(16 * 1024 * 1024);
    big.set(PDF);
    const res = await upload(
      `${server.url}/api/workshops/${f.workshopId}/blocks/${blockId}/documents`,
      f.cookie,
      big,
      'groot.pdf',
    );
    expect(res.status).toBe(413);
    expect(res.body.error?.code).toBe('WP_ERR_TOO_LARGE');
    expect(room.state.programme.blocks[blockId]?.documents).toEqual([]);
  });
});
