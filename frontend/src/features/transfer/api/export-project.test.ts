import { exportProject, fileNameOf } from '@/features/transfer/api/export-project';
import { mockApiYaml } from '@/features/transfer/testing/samples';
import { fakeApi } from '@/testing/fake-api';

function readText(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });
}

/** Catches what exportProject saves: the link's file name and the blob behind its URL. */
function catchDownloads() {
  const saved: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return saved;
}

afterEach(() => vi.restoreAllMocks());

describe('exportProject', () => {
  it('saves the document under the file name the server gives', async () => {
    const saved = catchDownloads();
    const fake = fakeApi({
      'GET /projects/7/export': [
        200,
        mockApiYaml,
        { 'content-type': 'application/yaml', 'content-disposition': 'attachment; filename="shop.yaml"' },
      ],
    });

    await expect(exportProject(7, 'yaml')).resolves.toBe('shop.yaml');

    expect(fake.calls[0].params).toEqual({ format: 'yaml' });
    expect(saved).toHaveLength(1);
    expect(saved[0].name).toBe('shop.yaml');
    expect(saved[0].blob.type).toBe('application/yaml');
    expect(await readText(saved[0].blob)).toBe(mockApiYaml);
    expect(URL.revokeObjectURL).toHaveBeenCalled();
  });

  it('keeps the OpenAPI JSON as the server wrote it', async () => {
    const saved = catchDownloads();
    const document = '{\n  "openapi" : "3.1.0"\n}';
    fakeApi({
      'GET /projects/7/export': [
        200,
        document,
        { 'content-type': 'application/json', 'content-disposition': 'attachment; filename="shop.openapi.json"' },
      ],
    });

    await exportProject(7, 'openapi');

    expect(saved[0].name).toBe('shop.openapi.json');
    expect(await readText(saved[0].blob)).toBe(document);
  });

  it('rejects with the problem the server answered and saves nothing', async () => {
    const saved = catchDownloads();
    const body = JSON.stringify({ title: 'Forbidden', status: 403, detail: 'Not a member of this organization' });
    fakeApi({ 'GET /projects/7/export': [403, body, { 'content-type': 'application/problem+json' }] });

    await expect(exportProject(7, 'yaml')).rejects.toMatchObject({
      status: 403,
      message: 'Not a member of this organization',
    });
    expect(saved).toEqual([]);
  });
});

describe('fileNameOf', () => {
  it('reads quoted, bare and RFC 5987 encoded names, and falls back without one', () => {
    expect(fileNameOf('attachment; filename="shop.yaml"', 'x')).toBe('shop.yaml');
    expect(fileNameOf('attachment; filename=shop.openapi.json', 'x')).toBe('shop.openapi.json');
    expect(fileNameOf(`attachment; filename="caf.yaml"; filename*=UTF-8''caf%C3%A9.yaml`, 'x')).toBe('café.yaml');
    expect(fileNameOf(undefined, 'project-7.yaml')).toBe('project-7.yaml');
    expect(fileNameOf('attachment', 'project-7.yaml')).toBe('project-7.yaml');
  });
});
