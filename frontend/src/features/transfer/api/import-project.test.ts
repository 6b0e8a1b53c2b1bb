import { contentTypeOf, importProject } from '@/features/transfer/api/import-project';
import {
  malformedImport,
  openApiYaml,
  petstorePreview,
  wireMockArray,
  wireMockZip,
} from '@/features/transfer/testing/samples';
import { ApiError } from '@/lib/api-error';
import { fakeApi } from '@/testing/fake-api';

describe('importProject', () => {
  it('posts the text as is with the format, mode and dry run as parameters and answers the result', async () => {
    const fake = fakeApi({ 'POST /projects/7/import': [200, petstorePreview] });

    const result = await importProject(7, { format: 'openapi', mode: 'replace', dryRun: true, body: openApiYaml });

    expect(result).toEqual(petstorePreview);
    const [call] = fake.calls;
    expect(call.params).toEqual({ format: 'openapi', mode: 'replace', dryRun: true });
    expect(call.headers.get('Content-Type')).toBe('application/yaml');
    expect(call.data).toBe(openApiYaml);
  });

  it('sends JSON text unparsed, whitespace and key order kept', async () => {
    const fake = fakeApi({ 'POST /projects/7/import': [200, petstorePreview] });
    const body = `  ${wireMockArray}\n`;

    await importProject(7, { format: 'wiremock', mode: 'merge', dryRun: false, body });

    expect(fake.calls[0].headers.get('Content-Type')).toBe('application/json');
    expect(fake.calls[0].data).toBe(body);
  });

  it('sends the bytes of a zip as application/zip', async () => {
    const fake = fakeApi({ 'POST /projects/7/import': [200, petstorePreview] });
    const body = wireMockZip.slice().buffer;

    await importProject(7, { format: 'wiremock', mode: 'merge', dryRun: true, body });

    expect(fake.calls[0].headers.get('Content-Type')).toBe('application/zip');
    expect(fake.calls[0].data).toBe(body);
  });

  it('rejects with the malformed-import problem and its location', async () => {
    fakeApi({ 'POST /projects/7/import': [400, malformedImport] });

    const failure = importProject(7, { format: 'yaml', mode: 'merge', dryRun: true, body: 'version: [' });

    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status: 400, problem: { location: 'line 12, column 5' } });
  });
});

describe('contentTypeOf', () => {
  it('tells JSON text from YAML text and bytes', () => {
    expect(contentTypeOf('{"openapi": "3.1.0"}')).toBe('application/json');
    expect(contentTypeOf('\n[ ]')).toBe('application/json');
    expect(contentTypeOf('openapi: 3.1.0')).toBe('application/yaml');
    expect(contentTypeOf(new Blob(['PK']))).toBe('application/zip');
  });
});
