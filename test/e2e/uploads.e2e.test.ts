import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, fetchExchange } from '@urql/core';
import { print } from 'graphql';
import { CreateSogetTransportOrderDocument } from '../../schema/generated/graphql';
import { soget } from '../../src/providers/soget';
import { SANDBOX_KEY, gql } from '../support/graphql';
import { sogetImportInput, sogetSandboxFiles } from '../support/soget-fixtures';
import { startTestApp, type TestApp } from '../support/sandbox';

/**
 * Files by the GraphQL multipart request spec, sent by a real spec client (urql's fetch exchange,
 * which turns File variables into a multipart request), received by ordergraph and streamed into
 * SOGET's multipart create; the emulator's SHA-256 of each file is compared with the sender's.
 */
const MiB = 2 ** 20;
const CREATE = print(CreateSogetTransportOrderDocument);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function urqlClient(url: string, headers: Record<string, string> = { authorization: `Bearer ${SANDBOX_KEY}` }) {
  return new Client({ url: `${url}/graphql`, exchanges: [fetchExchange], fetchOptions: { headers } });
}

/** The spec's request by hand (operations, map, then the file), for the refusals a client library hides. */
function multipartCreate(number: string, file: Blob, fileName: string, extra: Record<string, unknown> = {}): FormData {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: CREATE, variables: { input: sogetImportInput(number), attachments: [{ file: null, ...extra }] } }));
  form.append('map', JSON.stringify({ 1: ['variables.attachments.0.file'] }));
  form.append('1', file, fileName);
  return form;
}

describe('Uploads by the GraphQL multipart request spec into SOGET', () => {
  let app: TestApp;
  let uploadDir: string;
  beforeAll(async () => {
    uploadDir = mkdtempSync(join(tmpdir(), 'og-uploads-'));
    app = await startTestApp({ modules: [soget], seed: 5, env: { UPLOAD_DIR: uploadDir, PROVIDER_TIMEOUT_MS: '20000' } });
  });
  afterAll(async () => {
    await app.close();
    rmSync(uploadDir, { recursive: true, force: true });
  });

  it.each([1, 10])(
    'delivers a %i MiB attachment sent by urql to SOGET byte for byte (same SHA-256 at the emulator), and keeps no copy once answered',
    async (mib) => {
      const bytes = randomBytes(mib * MiB);
      const number = `UPLOAD-${mib}MIB-${Date.now()}`;
      const result = await urqlClient(app.url)
        .mutation(CREATE, { input: sogetImportInput(number), attachments: [{ file: new File([bytes], `scan-${mib}mib.pdf`, { type: 'application/pdf' }) }] })
        .toPromise();
      expect(result.error).toBeUndefined();
      const order = result.data.createSogetTransportOrder;
      expect(order.orderNumber).toBe(number);
      expect(await sogetSandboxFiles(app, order.providerId)).toEqual([
        { name: `scan-${mib}mib.pdf`, contentType: 'application/pdf', size: bytes.length, sha256: sha256(bytes) },
      ]);
      // The spooled copy is removed when the answer has gone.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(readdirSync(uploadDir)).toEqual([]);
    },
  );

  it('sends several files of one create as separate parts, with the names and types given in the input', async () => {
    const a = randomBytes(3000);
    const b = Buffer.from('bon de livraison\n');
    const result = await urqlClient(app.url)
      .mutation(CREATE, {
        input: sogetImportInput(`UPLOAD-TWO-${Date.now()}`),
        attachments: [
          { file: new Blob([a]), fileName: 'scan.bin', contentType: 'application/octet-stream' },
          { file: new File([b], 'note.txt', { type: 'text/plain' }), fileName: 'bon de livraison é.txt' },
        ],
      })
      .toPromise();
    expect(result.error).toBeUndefined();
    const files = await sogetSandboxFiles(app, result.data.createSogetTransportOrder.providerId);
    expect(files.map((f) => [f.name, f.contentType, f.sha256])).toEqual([
      ['scan.bin', 'application/octet-stream', sha256(a)],
      ['bon de livraison é.txt', 'text/plain', sha256(b)],
    ]);
  });

  it('creates once under an idempotency key when the same file is sent again, and calls another file with the same key a reuse', async () => {
    const bytes = randomBytes(256 * 1024);
    const number = `UPLOAD-IDEM-${Date.now()}`;
    const send = (content: Uint8Array) =>
      urqlClient(app.url)
        .mutation(CREATE, {
          input: sogetImportInput(number),
          attachments: [{ file: new File([content], 'doc.pdf', { type: 'application/pdf' }) }],
          idempotencyKey: number,
        })
        .toPromise();
    const creates = () => app.emulator('SOGET').log.filter((call) => call.method === 'POST' && call.path.endsWith('/customer-orders')).length;
    const before = creates();
    const first = await send(bytes);
    const again = await send(bytes);
    expect(first.error).toBeUndefined();
    expect(again.data.createSogetTransportOrder.id).toBe(first.data.createSogetTransportOrder.id);
    expect(creates() - before).toBe(1);
    const other = await send(randomBytes(256 * 1024));
    expect(other.error?.graphQLErrors[0].extensions).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    expect(creates() - before).toBe(1);
  });

  it('still takes a small file in base64 inside a JSON request, with the same idempotency fingerprint as the same file uploaded', async () => {
    const bytes = Buffer.from('%PDF-1.7 small note');
    const number = `UPLOAD-B64-${Date.now()}`;
    const viaJson = await gql(app.url, CreateSogetTransportOrderDocument, {
      input: sogetImportInput(number),
      attachments: [{ fileName: 'note.pdf', contentType: 'application/pdf', contentBase64: bytes.toString('base64') }],
      idempotencyKey: number,
    });
    expect(viaJson.errors).toBeUndefined();
    const viaUpload = await urqlClient(app.url)
      .mutation(CREATE, {
        input: sogetImportInput(number),
        attachments: [{ file: new File([bytes], 'note.pdf', { type: 'application/pdf' }) }],
        idempotencyKey: number,
      })
      .toPromise();
    expect(viaUpload.data.createSogetTransportOrder.id).toBe(viaJson.data!.createSogetTransportOrder.id);
    expect((await sogetSandboxFiles(app, viaJson.data!.createSogetTransportOrder.providerId)).map((f) => f.sha256)).toEqual([sha256(bytes)]);
  });

  it('refuses an attachment with both a file and base64 content, naming the field, before anything is sent', async () => {
    const result = await urqlClient(app.url)
      .mutation(CREATE, { input: sogetImportInput(`UPLOAD-BOTH-${Date.now()}`), attachments: [{ file: new File(['x'], 'x.pdf'), contentBase64: 'eA==' }] })
      .toPromise();
    expect(result.error?.graphQLErrors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attachments[0]', rule: 'oneOf' });
  });

  it('refuses a JSON string where an Upload goes, saying how to send a file', async () => {
    const result = await gql(app.url, CreateSogetTransportOrderDocument, {
      input: sogetImportInput('UPLOAD-STRING'),
      attachments: [{ file: 'not a file' as unknown as File }],
    });
    expect(result.errors![0].message).toMatch(/Upload value invalid: send the file as a part of a multipart request/);
  });

  it('refuses a multipart request with a map path that points at no null in operations', async () => {
    const form = new FormData();
    form.append('operations', JSON.stringify({ query: CREATE, variables: { input: sogetImportInput('UPLOAD-MAP'), attachments: [] } }));
    form.append('map', JSON.stringify({ 1: ['variables.attachments.0.file'] }));
    form.append('1', new Blob(['x']), 'x.pdf');
    const response = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { authorization: `Bearer ${SANDBOX_KEY}` }, body: form });
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).errors[0].message).toBe(
      'The "map" path "variables.attachments.0.file" (file "1") does not point at a null in "operations"',
    );
  });
});

describe('Upload limits and the multipart CSRF rule', () => {
  let app: TestApp;
  let uploadDir: string;
  beforeAll(async () => {
    uploadDir = mkdtempSync(join(tmpdir(), 'og-upload-limits-'));
    app = await startTestApp({
      modules: [soget],
      seed: 3,
      env: {
        UPLOAD_DIR: uploadDir,
        UPLOAD_MAX_FILE_BYTES: String(2 * MiB),
        UPLOAD_MAX_REQUEST_BYTES: String(6 * MiB),
        UPLOAD_MAX_FILES: '2',
        ALLOW_ANONYMOUS: 'true',
      },
    });
  });
  afterAll(async () => {
    await app.close();
    rmSync(uploadDir, { recursive: true, force: true });
  });
  const sogetCreates = () => app.emulator('SOGET').log.filter((call) => call.method === 'POST' && call.path.endsWith('/customer-orders')).length;

  it('refuses a file over UPLOAD_MAX_FILE_BYTES with 413 naming its variable path and the limit, sends nothing to SOGET and keeps nothing', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${SANDBOX_KEY}` },
      body: multipartCreate(`LIMIT-FILE-${Date.now()}`, new Blob([randomBytes(3 * MiB)]), 'big.pdf'),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as any;
    expect(body.errors[0].message).toBe(
      `The file at variables.attachments.0.file ("big.pdf") is larger than ${2 * MiB} bytes, the largest file this server accepts (UPLOAD_MAX_FILE_BYTES)`,
    );
    expect(body.errors[0].extensions).toEqual({ code: 'BAD_REQUEST', limit: 'UPLOAD_MAX_FILE_BYTES', max: 2 * MiB, field: 'variables.attachments.0.file' });
    expect(sogetCreates()).toBe(0);
    expect(readdirSync(uploadDir)).toEqual([]);
  });

  it('refuses a request over UPLOAD_MAX_REQUEST_BYTES from its declared length, before reading it', async () => {
    const form = multipartCreate(`LIMIT-REQ-${Date.now()}`, new Blob([randomBytes(7 * MiB)]), 'huge.pdf');
    const response = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { authorization: `Bearer ${SANDBOX_KEY}` }, body: form });
    expect(response.status).toBe(413);
    expect(((await response.json()) as any).errors[0].extensions).toMatchObject({ code: 'BAD_REQUEST', limit: 'UPLOAD_MAX_REQUEST_BYTES', max: 6 * MiB });
    expect(sogetCreates()).toBe(0);
  });

  it("tells urql's caller which limit a file passed", async () => {
    const result = await urqlClient(app.url)
      .mutation(CREATE, {
        input: sogetImportInput(`LIMIT-URQL-${Date.now()}`),
        attachments: [{ file: new File([randomBytes(2 * MiB + 1)], 'one-byte-too-many.pdf') }],
      })
      .toPromise();
    expect(result.error?.graphQLErrors[0].extensions).toMatchObject({ limit: 'UPLOAD_MAX_FILE_BYTES', field: 'variables.attachments.0.file' });
    expect(sogetCreates()).toBe(0);
  });

  it('refuses more files than UPLOAD_MAX_FILES', async () => {
    const files = [1, 2, 3].map((i) => ({ file: new File([`file ${i}`], `f${i}.txt`, { type: 'text/plain' }) }));
    const result = await urqlClient(app.url)
      .mutation(CREATE, { input: sogetImportInput(`LIMIT-COUNT-${Date.now()}`), attachments: files })
      .toPromise();
    expect(result.error?.graphQLErrors[0]).toMatchObject({
      message: 'The request carries 3 files; this server accepts at most 2 per request (UPLOAD_MAX_FILES)',
      extensions: { limit: 'UPLOAD_MAX_FILES' },
    });
    expect(sogetCreates()).toBe(0);
  });

  it("refuses a multipart request without a header that forces a preflight (the spec's CSRF rule), even where no key is needed", async () => {
    const response = await fetch(`${app.url}/graphql`, { method: 'POST', body: multipartCreate(`CSRF-${Date.now()}`, new Blob(['x']), 'x.pdf') });
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).errors[0]).toMatchObject({
      message: expect.stringMatching(/Cross-Site Request Forgery.*Authorization or Apollo-Require-Preflight/),
      extensions: { code: 'BAD_REQUEST', rule: 'csrf' },
    });
    expect(sogetCreates()).toBe(0);
  });

  it.each([
    ['Apollo-Require-Preflight', { 'apollo-require-preflight': 'true' }],
    ['Authorization', { authorization: `Bearer ${SANDBOX_KEY}` }],
  ])('serves the same multipart request with %s', async (_name, headers) => {
    const bytes = randomBytes(1000);
    const result = await urqlClient(app.url, headers)
      .mutation(CREATE, {
        input: sogetImportInput(`CSRF-OK-${Object.keys(headers)[0]}-${Date.now()}`),
        attachments: [{ file: new File([bytes], 'ok.pdf', { type: 'application/pdf' }) }],
      })
      .toPromise();
    expect(result.error).toBeUndefined();
    expect((await sogetSandboxFiles(app, result.data.createSogetTransportOrder.providerId)).map((f) => f.sha256)).toEqual([sha256(bytes)]);
  });
});
