import type { IncomingMessage } from 'node:http';
import { SalesforceApiError } from '../api-error.js';

/** Salesforce caps REST request bodies far lower; 50 MB keeps a runaway client from exhausting memory. */
const MAX_BODY_BYTES = 50 * 1024 * 1024;

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new SalesforceApiError('REQUEST_TOO_LARGE', 'Request body exceeds the maximum size', 413));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
