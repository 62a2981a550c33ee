import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
import { loadPlaygroundTabs, OPERATIONS_DIR } from './operations';
import { renderPlaygroundPage } from './page';

export interface PlaygroundOptions {
  /** Path of the GraphQL endpoint. Default `/graphql`. */
  endpoint?: string;
  /** Value the API key field starts with. Default empty (`sandbox-key` in the sandbox). */
  defaultApiKey?: string;
  /** Folder of the example operations opened as tabs. Default `schema/operations`. */
  operationsDir?: string;
}

/**
 * Nothing but ordergraph: the page, its scripts, styles, fonts and workers. `data:` and `blob:`
 * are how the inlined bundle loads its fonts, icons and Monaco workers; `connect-src 'self'` keeps
 * the page from calling anything but ordergraph; inline scripts are the bundle itself.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' blob:",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

interface RenderedPage {
  html: Buffer;
  gzipped: Buffer;
  etag: string;
}

/**
 * The GraphiQL playground served at `/graphiql`, and at `/` for browsers (requests that accept
 * text/html). The page is rendered and compressed once, on its first request, then served from
 * memory: it is ~10 MB, ~2.5 MB gzipped.
 */
export class Playground {
  private page?: Promise<RenderedPage>;

  constructor(private readonly options: PlaygroundOptions = {}) {}

  /** Whether this request is for the playground page. */
  handles(req: IncomingMessage, pathname: string): boolean {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    if (pathname === '/graphiql' || pathname === '/graphiql/') return true;
    return pathname === '/' && /text\/html/i.test(req.headers.accept ?? '');
  }

  async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const page = await (this.page ??= this.render());
    const headers: Record<string, string | number> = {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-cache',
      ETag: page.etag,
      Vary: 'Accept-Encoding',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    };
    if (req.headers['if-none-match'] === page.etag) {
      res.writeHead(304, headers);
      return void res.end();
    }
    const useGzip = /\bgzip\b/i.test(String(req.headers['accept-encoding'] ?? ''));
    const body = useGzip ? page.gzipped : page.html;
    if (useGzip) headers['Content-Encoding'] = 'gzip';
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  private async render(): Promise<RenderedPage> {
    try {
      const html = Buffer.from(
        renderPlaygroundPage({
          endpoint: this.options.endpoint ?? '/graphql',
          defaultApiKey: this.options.defaultApiKey,
          tabs: loadPlaygroundTabs(this.options.operationsDir ?? OPERATIONS_DIR),
        }),
        'utf8',
      );
      const gzipped = await promisify(gzip)(html);
      return { html, gzipped, etag: `"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"` };
    } catch (error) {
      this.page = undefined; // try again on the next request
      throw error;
    }
  }
}
