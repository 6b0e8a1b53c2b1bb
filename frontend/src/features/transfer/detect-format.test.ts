import { detectFormat, isZip } from '@/features/transfer/detect-format';
import {
  mockApiYaml,
  mockoonJson,
  openApiYaml,
  swaggerJson,
  wireMockArray,
  wireMockObject,
  wireMockZip,
} from '@/features/transfer/testing/samples';

describe('detectFormat', () => {
  it('takes an OpenAPI 3 YAML document for openapi', () => {
    expect(detectFormat('petstore.yaml', openApiYaml)).toBe('openapi');
  });

  it('takes a Swagger 2.0 JSON document for openapi', () => {
    expect(detectFormat('uber.json', swaggerJson)).toBe('openapi');
  });

  it('takes an OpenAPI 3.1 JSON document read as bytes for openapi', () => {
    const bytes = new TextEncoder().encode(
      JSON.stringify({ openapi: '3.1.0', info: { title: 'x', version: '1' }, paths: {} }),
    );
    expect(detectFormat('api.json', bytes)).toBe('openapi');
  });

  it('takes a document with version and endpoints for MockAPI YAML', () => {
    expect(detectFormat('shop.yaml', mockApiYaml)).toBe('yaml');
  });

  it('takes a MockAPI document that starts with a document marker and comments', () => {
    expect(detectFormat('shop.yml', `---\n# exported\n${mockApiYaml}`)).toBe('yaml');
  });

  it('takes a JSON array of request/response pairs for WireMock', () => {
    expect(detectFormat('mappings.json', wireMockArray)).toBe('wiremock');
  });

  it('takes a {"mappings": [...]} document (WireMock\'s admin API export) for WireMock', () => {
    expect(detectFormat('export.json', wireMockObject)).toBe('wiremock');
  });

  it('takes a zip by its magic bytes for a WireMock folder, whatever its name', () => {
    expect(isZip(wireMockZip)).toBe(true);
    expect(detectFormat('upload', wireMockZip)).toBe('wiremock');
  });

  it('takes a Mockoon environment for mockoon', () => {
    expect(detectFormat('demo.json', mockoonJson)).toBe('mockoon');
  });

  it('does not take a key nested below the top level for the format', () => {
    const nested = 'info:\n  openapi: 3.0.0\n  version: 1\nendpoints: []\n';
    expect(detectFormat('other.yaml', nested)).toBeNull();
  });

  it('answers null for a document no format claims', () => {
    expect(detectFormat('notes.txt', 'Just some notes\nnothing: here\n')).toBeNull();
    expect(detectFormat('list.json', '[1, 2, 3]')).toBeNull();
    expect(detectFormat('empty.json', '')).toBeNull();
  });

  it('reads broken YAML by its top-level keys and leaves broken JSON undetected', () => {
    expect(detectFormat('broken.json', '{"openapi": "3.0.0",\n"info": {')).toBeNull();
    expect(detectFormat('broken.yaml', 'openapi: 3.0.0\ninfo: [')).toBe('openapi');
  });
});
