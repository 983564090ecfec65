import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the fake cloud received. */
export interface Received {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** What a route answers: a status and a body (objects are sent as JSON), after an optional delay. */
export interface Answer {
  readonly status?: number;
  readonly body?: unknown;
  readonly delayMs?: number;
}

/** Answers a request; undefined is a 404. */
export type Route = (request: Received, count: number) => Answer | undefined;

/**
 * A small HTTP server on 127.0.0.1 playing the clouds' instance endpoints (IMDSv2, GCE metadata and the Google APIs
 * the fetcher calls, Azure IMDS and Scheduled Events) for boot scripts whose endpoint prefixes point at it.
 */
export class FakeCloud {
  readonly received: Received[] = [];
  private readonly counts = new Map<string, number>();
  private server?: Server;
  url = '';

  constructor(private readonly route: Route) {}

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const request: Received = { method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, body };
        this.received.push(request);
        const key = `${request.method} ${request.path.split('?')[0]}`;
        const count = (this.counts.get(key) ?? 0) + 1;
        this.counts.set(key, count);
        const answer = this.route(request, count) ?? { status: 404, body: 'not found' };
        setTimeout(() => {
          res.writeHead(answer.status ?? 200, { 'Content-Type': 'application/json' });
          res.end(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body ?? {}));
        }, answer.delayMs ?? 0);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}
