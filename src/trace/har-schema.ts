/**
 * JSON Schema of the HAR 1.2 a trace holds (http://www.softwareishard.com/blog/har-12-spec/): the fields the
 * spec requires of a log, an entry, a request and a response, as `--trace` writes them and `conformance`
 * reads them. Fields the spec allows beyond these (pages, comments, `_custom` fields) are allowed here too.
 */
const nameValues = {
  type: 'array',
  items: { type: 'object', required: ['name', 'value'], properties: { name: { type: 'string' }, value: { type: 'string' } } },
} as const;

const timing = { type: 'number', minimum: -1 } as const;

export const HAR_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'HAR 1.2 (the parts juston-audit --trace writes)',
  type: 'object',
  required: ['log'],
  properties: {
    log: {
      type: 'object',
      required: ['version', 'creator', 'entries'],
      properties: {
        version: { const: '1.2' },
        creator: {
          type: 'object',
          required: ['name', 'version'],
          properties: { name: { type: 'string' }, version: { type: 'string' } },
        },
        entries: {
          type: 'array',
          items: {
            type: 'object',
            required: ['startedDateTime', 'time', 'request', 'response', 'cache', 'timings'],
            properties: {
              startedDateTime: { type: 'string', format: 'date-time' },
              time: { type: 'number', minimum: 0 },
              request: {
                type: 'object',
                required: ['method', 'url', 'httpVersion', 'cookies', 'headers', 'queryString', 'headersSize', 'bodySize'],
                properties: {
                  method: { type: 'string', minLength: 1 },
                  url: { type: 'string', minLength: 1 },
                  httpVersion: { type: 'string' },
                  cookies: nameValues,
                  headers: nameValues,
                  queryString: nameValues,
                  postData: {
                    type: 'object',
                    required: ['mimeType', 'text'],
                    properties: { mimeType: { type: 'string' }, text: { type: 'string' } },
                  },
                  headersSize: { type: 'integer', minimum: -1 },
                  bodySize: { type: 'integer', minimum: -1 },
                },
              },
              response: {
                type: 'object',
                required: [
                  'status',
                  'statusText',
                  'httpVersion',
                  'cookies',
                  'headers',
                  'content',
                  'redirectURL',
                  'headersSize',
                  'bodySize',
                ],
                properties: {
                  status: { type: 'integer', minimum: 0 },
                  statusText: { type: 'string' },
                  httpVersion: { type: 'string' },
                  cookies: nameValues,
                  headers: nameValues,
                  content: {
                    type: 'object',
                    required: ['size', 'mimeType'],
                    properties: { size: { type: 'integer', minimum: -1 }, mimeType: { type: 'string' }, text: { type: 'string' } },
                  },
                  redirectURL: { type: 'string' },
                  headersSize: { type: 'integer', minimum: -1 },
                  bodySize: { type: 'integer', minimum: -1 },
                },
              },
              cache: { type: 'object' },
              timings: {
                type: 'object',
                required: ['send', 'wait', 'receive'],
                properties: { blocked: timing, dns: timing, connect: timing, send: timing, wait: timing, receive: timing, ssl: timing },
              },
            },
          },
        },
      },
    },
  },
} as const;
