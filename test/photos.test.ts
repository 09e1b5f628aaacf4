import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { orderedBlocks } from '../src/domain/programme/state.ts';
import { createAccount } from '../src/server/services/accounts.ts';
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

/**
 * A phone photo as it arrives: 300×200 with a blue band on the left, stored sideways with
 * EXIF orientation 6 (turn 90° clockwise to view), the phone's make and the GPS position.
 */
async function phonePhoto(): Promise<Buffer> {
  const band = { create: { width: 100, height: 200, channels: 3 as const, background: '#3333cc' } };
  const photo = await sharp({
    create: { width: 300, height: 200, channels: 3, background: '#cc3333' },
  })
    .composite([{ input: band, left: 0, top: 0 }])
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: 'TestPhone' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '52/1 5/1 30/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '5/1 7/1 0/1',
      },
    })
    .toBuffer();
  // The test means something only if the input really carries all of it.
  const meta = await sharp(photo).metadata();
  expect(meta.orientation).toBe(6);
  expect(meta.exif?.includes(Buffer.from('TestPhone'))).toBe(true);
  expect(meta.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true); // the GPS IFD pointer
  return photo;
}

async function upload(
  url: string,
  cookie: string,
  bytes: Uint8Array,
  fields: Record<string, string> = { caption: 'De flip-over', people: 'false' },
) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), 'IMG_0001.JPG');
  const response = await fetch(url, {
    method: 'POST',
    headers: { cookie, origin: server.url },
    body: form,
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      photo?: { id: string; width: number; height: number };
      error?: { code: string };
    },
  };
}

async function given() {
  server = await startServer();
  const f = await facilitatorWithWorkshop(server);
  const room = await server.app.ctx.rooms.get(f.workshopId);
  const blockId = orderedBlocks(room.state.programme)[0]!.id;
  const url = `${server.url}/api/workshops/${f.workshopId}/blocks/${blockId}/photos`;
  const get = (id: string, cookie?: string, query = '') =>
    fetch(`${server.url}/api/photos/${id}${query}`, { headers: cookie ? { cookie } : {} });
  return { f, room, blockId, url, get };
}

describe('photos of the room', () => {
  it('a facilitator uploads a phone photo: upright, without EXIF or GPS, for facilitators only', async () => {
    const { f, room, blockId, url, get } = await given();
    const sent = await upload(url, f.cookie, await phonePhoto(), {
      caption: ' Kegelen in de tuin ',
      people: 'true',
      consent: 'true',
    });
    expect(sent.status).toBe(201);
    const id = sent.body.photo!.id;
    expect(room.state.reportPhotos[id]).toMatchObject({
      blockId,
      caption: 'Kegelen in de tuin',
      people: true,
      consent: true,
      width: 200,
      height: 300,
    });

    const response = await get(id, f.cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(response.headers.get('cache-control')).toMatch(/^private/);
    const stored = Buffer.from(await response.arrayBuffer());
    const meta = await sharp(stored).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 200, height: 300 });
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect(stored.includes(Buffer.from('TestPhone'))).toBe(false);
    // Turned upright: the band that was on the left of the sideways picture is now on top.
    const { data, info } = await sharp(stored).raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => [
      ...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3),
    ];
    expect(pixel(100, 20)[2]).toBeGreaterThan(150); // blue on top
    expect(pixel(100, 280)[0]).toBeGreaterThan(150); // red below

    const thumb = await get(id, f.cookie, '?size=thumb');
    expect(thumb.status).toBe(200);
    expect((await sharp(Buffer.from(await thumb.arrayBuffer())).metadata()).height).toBe(300);

    // A participant of this workshop, an unknown cookie and nobody get 404.
    const anna = await http(server, 'POST', '/api/join', {
      code: f.code,
      displayName: 'Anna',
      partnershipId: null,
      side: 'formal',
      language: 'nl',
    });
    expect((await get(id, cookieHeader(anna.setCookie))).status).toBe(404);
    expect((await get(id, 'wp_session=not-a-session')).status).toBe(404);
    expect((await get(id)).status).toBe(404);
    // Nor do the bytes leak through the documents route, which serves attached files only.
    expect(
      (await fetch(`${server.url}/api/documents/${id}`, { headers: { cookie: f.cookie } })).status,
    ).toBe(404);
  });

  it('fits large photos into 2000×2000 and never enlarges small ones', async () => {
    const { f, url } = await given();
    const big = await sharp({
      create: { width: 4000, height: 3000, channels: 3, background: '#888' },
    })
      .png()
      .toBuffer();
    const sent = await upload(url, f.cookie, big);
    expect(sent.status).toBe(201);
    expect(sent.body.photo).toMatchObject({ width: 2000, height: 1500 });
  });

  it('a facilitator of another workshop gets 404; a removed photo is deleted', async () => {
    const { f, url, get } = await given();
    const id = (await upload(url, f.cookie, await phonePhoto())).body.photo!.id;
    const other = await facilitatorWithWorkshop(server, 'eva@example.org');
    expect((await get(id, other.cookie)).status).toBe(404);
    const ack = await f.command({ type: 'removeReportPhoto', photoId: id });
    expect(ack.status).toBe(200);
    expect((await get(id, f.cookie)).status).toBe(404);
    // Deleted, not only hidden: it may show people who said no.
    await expect.poll(() => server.app.ctx.stores.documents.find(id)).toBeNull();
  });

  it('refuses bytes that are no photo, and a participant; nothing is stored', async () => {
    const { f, room, url } = await given();
    const saved: string[] = [];
    const { documents } = server.app.ctx.stores;
    const save = documents.save.bind(documents);
    documents.save = async (document, at) => {
      saved.push(document.id);
      return save(document, at);
    };
    const pdf = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');
    const svg = new TextEncoder().encode(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>',
    );
    for (const bytes of [pdf, svg]) {
      const refused = await upload(url, f.cookie, bytes);
      expect(refused.status).toBe(400);
      expect(refused.body.error?.code).toBe('WP_ERR_VALIDATION');
    }
    const person = await join(server, f.code, 'Anna', 'formal');
    const asParticipant = await upload(
      url,
      `wp_pt_${f.workshopId}=${person.token}`,
      await phonePhoto(),
    );
    expect(asParticipant.status).toBe(401);
    // A block that does not exist: stored first, then removed again when the command is refused.
    const wrongBlock = url.replace(/blocks\/[^/]+/, 'blocks/nope');
    const refused = await upload(wrongBlock, f.cookie, await phonePhoto());
    expect(refused.body.error?.code).toBe('WP_ERR_NOT_FOUND');
    expect(saved).toHaveLength(1);
    expect(await documents.find(saved[0]!)).toBeNull();
    expect(room.state.reportPhotos).toEqual({});
  });

  it('a note-taker may upload and edit photos; the report shows only photos with consent', async () => {
    const { f, room, url } = await given();
    const account = await createAccount(
      server.app.ctx,
      { name: 'Noor', email: 'noor@example.org', password: 'correct horse battery' },
      'facilitator',
    );
    await server.app.ctx.rooms.execute(
      f.workshopId,
      { kind: 'system' },
      {
        activityId: null,
        command: { type: 'addFacilitator', accountId: account.id, name: 'Noor' },
      },
    );
    await f.command({ type: 'setFacilitatorRole', accountId: account.id, role: 'notetaker' });
    expect(room.state.facilitators[account.id]?.role).toBe('notetaker');
    const login = await http(server, 'POST', '/api/auth/login', {
      email: 'noor@example.org',
      password: 'correct horse battery',
    });
    const noor = cookieHeader(login.setCookie);
    const fields = (caption: string, people: boolean, consent: boolean) => ({
      caption,
      people: String(people),
      consent: String(consent),
    });
    const ids: string[] = [];
    for (const [caption, people, consent] of [
      ['Zonder mensen', false, false],
      ['Met ja van iedereen', true, true],
      ['Nog niet gevraagd', true, false],
    ] as const) {
      const sent = await upload(url, noor, await phonePhoto(), fields(caption, people, consent));
      expect(sent.status).toBe(201);
      ids.push(sent.body.photo!.id);
    }
    expect(room.state.reportPhotos[ids[0]!]?.takenBy).toBe(account.id);
    const edited = await http(
      server,
      'POST',
      `/api/workshops/${f.workshopId}/commands`,
      {
        clientActionId: 'edit-photo-1',
        activityId: null,
        command: {
          type: 'editReportPhoto',
          photoId: ids[0],
          caption: 'De flip-over',
          people: false,
          consent: false,
        },
      },
      noor,
    );
    expect(edited.status).toBe(200);

    const html = await fetch(`${server.url}/api/workshops/${f.workshopId}/report.html`, {
      headers: { cookie: f.cookie },
    }).then((r) => r.text());
    expect(html.match(/<img src="data:image\/jpeg;base64,/g)).toHaveLength(2);
    expect(html).toContain('alt="De flip-over"');
    expect(html).toContain('alt="Met ja van iedereen"');
    expect(html).not.toContain('Nog niet gevraagd');
    const md = await fetch(`${server.url}/api/workshops/${f.workshopId}/report.md`, {
      headers: { cookie: f.cookie },
    }).then((r) => r.text());
    expect(md).toContain(`![De flip-over](photos/${ids[0]}.jpg)`);
    expect(md).not.toContain(ids[2]!);
  });
});
