// Documents as the tools that make them write them, trimmed to a few operations each.
import { zipOf } from '@/testing/zip';

export const openApiYaml = `# Petstore, as the OpenAPI Initiative's example has it
openapi: 3.0.3
info:
  title: Swagger Petstore
  description: |
    A sample API. Older versions were described with swagger: "2.0".
  version: 1.0.11
servers:
  - url: https://petstore3.swagger.io/api/v3
tags:
  - name: pet
paths:
  /pet/{petId}:
    get:
      tags: [pet]
      summary: Find pet by ID
      operationId: getPetById
      parameters:
        - name: petId
          in: path
          required: true
          schema: { type: integer, format: int64 }
      responses:
        '200':
          description: successful operation
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Pet' }
        '404':
          description: Pet not found
  /pet:
    post:
      tags: [pet]
      operationId: addPet
      requestBody:
        content:
          application/json:
            schema: { $ref: '#/components/schemas/Pet' }
      responses:
        '201':
          description: Created
components:
  schemas:
    Pet:
      type: object
      required: [name]
      properties:
        id: { type: integer, format: int64, example: 10 }
        name: { type: string, example: doggie }
        status: { type: string, enum: [available, pending, sold] }
`;

export const swaggerJson = JSON.stringify(
  {
    swagger: '2.0',
    info: { title: 'Uber API', version: '1.0.0' },
    host: 'api.uber.com',
    basePath: '/v1',
    schemes: ['https'],
    produces: ['application/json'],
    paths: {
      '/products': {
        get: {
          summary: 'Product Types',
          parameters: [{ name: 'latitude', in: 'query', required: true, type: 'number', format: 'double' }],
          responses: {
            '200': {
              description: 'An array of products',
              schema: { type: 'array', items: { $ref: '#/definitions/Product' } },
            },
          },
        },
      },
    },
    definitions: { Product: { properties: { product_id: { type: 'string' }, capacity: { type: 'integer' } } } },
  },
  null,
  2,
);

export const mockApiYaml = `version: 1
project:
  name: Shop
  description: The shop's backend
  settings:
    fakerLocale: en
    apiKeyRequired: false
endpoints:
  - method: GET
    path: /users/{id}
    response:
      status: 200
      headers:
        Content-Type: application/json
      body: |
        {"id": "{{request.path.id}}", "name": "{{faker.name.fullName}}"}
  - method: POST
    path: /users
    state: { collection: users, action: create }
    response: { status: 201 }
collections:
  - name: users
    items:
      - { id: 1, name: Ada }
`;

const wireMockMappings = [
  {
    request: { method: 'GET', urlPath: '/api/users', queryParameters: { page: { matches: '\\d+' } } },
    response: {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
      jsonBody: [{ id: 1, name: 'Ada' }],
      fixedDelayMilliseconds: 150,
    },
  },
  {
    request: { method: 'GET', urlPathPattern: '/api/users/[0-9]+' },
    response: { status: 200, bodyFileName: 'user.json' },
  },
  { request: { method: 'DELETE', url: '/api/users/1' }, response: { fault: 'CONNECTION_RESET_BY_PEER' } },
];

export const wireMockArray = JSON.stringify(wireMockMappings, null, 2);
export const wireMockObject = JSON.stringify({ mappings: wireMockMappings, meta: { total: 3 } }, null, 2);

/** A WireMock root folder: one file per mapping under mappings/, bodies under __files/. */
export const wireMockZip = zipOf({
  'mappings/list-users.json': JSON.stringify(wireMockMappings[0], null, 2),
  'mappings/get-user.json': JSON.stringify(wireMockMappings[1], null, 2),
  'mappings/delete-user.json': JSON.stringify(wireMockMappings[2], null, 2),
  '__files/user.json': '{"id": 2, "name": "Grace"}',
});

export const mockoonJson = JSON.stringify(
  {
    uuid: '9d3f1b0e-8d5c-4c4a-9c6e-1f2a3b4c5d6e',
    lastMigration: 32,
    name: 'Demo API',
    endpointPrefix: '',
    latency: 0,
    port: 3001,
    hostname: '',
    folders: [],
    routes: [
      {
        uuid: 'a1b2c3d4-0000-4000-8000-000000000001',
        type: 'http',
        documentation: 'List users',
        method: 'get',
        endpoint: 'users',
        responses: [
          {
            uuid: 'a1b2c3d4-0000-4000-8000-000000000002',
            body: '[{"id": "{{faker \'string.uuid\'}}"}]',
            latency: 200,
            statusCode: 200,
            label: '',
            headers: [{ key: 'Content-Type', value: 'application/json' }],
            bodyType: 'INLINE',
            rules: [],
            default: true,
          },
        ],
        responseMode: null,
      },
      {
        uuid: 'a1b2c3d4-0000-4000-8000-000000000003',
        type: 'crud',
        method: '',
        endpoint: 'todos',
        responses: [
          {
            uuid: 'a1b2c3d4-0000-4000-8000-000000000004',
            bodyType: 'DATABUCKET',
            databucketID: 'k3l9',
            statusCode: 200,
            default: true,
          },
        ],
      },
    ],
    rootChildren: [{ type: 'route', uuid: 'a1b2c3d4-0000-4000-8000-000000000001' }],
    proxyMode: false,
    data: [{ uuid: 'b1', id: 'k3l9', name: 'Todos', documentation: '', value: '[{"id": 1, "title": "Buy milk"}]' }],
    headers: [{ key: 'Content-Type', value: 'application/json' }],
  },
  null,
  2,
);

/** The dry run's answer for importing openApiYaml into a project that already has GET /pet/{petId}. */
export const petstorePreview = {
  format: 'openapi',
  mode: 'merge',
  dryRun: true,
  project: 'unchanged',
  endpoints: [
    { method: 'GET', path: '/pet/{petId}', change: 'changed' },
    { method: 'POST', path: '/pet', change: 'created' },
  ],
  collections: [],
  created: 1,
  changed: 1,
  removed: 0,
  unchanged: 0,
  untranslated: [{ location: '/paths/~1pet/post/requestBody', reason: 'request bodies are not matched' }],
};

/** The manager's answer to a document it cannot read. */
export const malformedImport = {
  type: 'urn:mockapi:problem:malformed-import',
  title: 'Malformed import',
  status: 400,
  detail: 'mapping values are not allowed here',
  location: 'line 12, column 5',
};
