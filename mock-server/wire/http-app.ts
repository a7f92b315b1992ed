/**
 * The wire layer: an Express app that reads RPC requests (query + form body), verifies their
 * signature, dispatches on product version and action, shapes the response as JSON or XML, and
 * serialises every error in one place. It holds no business rules.
 */
import express, { type Request, type Response } from 'express';
import { randomUUID } from 'node:crypto';
import {
  ApiError,
  InternalError,
  InvalidAction,
  InvalidParameter,
  InvalidVersion,
  MissingParameter,
  RequestEntityTooLarge,
  UnsupportedHTTPMethod,
} from '../errors';
import { PRODUCT_VERSIONS, type Product, type WireAction, type WireDispatcher } from './dispatch';
import { parseParams, string, type ParamSchema, type RawParams } from './params';
import { NonceRegistry, verifySignatureAcs3, verifySignatureV1, type Account, type AccountDirectory } from './signature';
import { toXml } from './xml';

export interface WireOptions {
  /** Finds and runs actions (app.ts passes actions/dispatcher.ts). */
  dispatcher: WireDispatcher;
  accounts: AccountDirectory;
  /** Largest accepted request body. */
  maxBodyBytes: number;
  clock?: () => number;
  /** Remembers signature nonces; app.ts passes one that outlives a restart. Default: in memory. */
  nonces?: NonceRegistry;
  /** Where unexpected errors (bugs) are reported. */
  logError?: (message: string) => void;
}

const MAX_PARAMETERS = 1000;
/** Every action accepts RegionId; regional ones have it checked against the catalogue above. */
const REGION_ID = string({ maxLength: 64 });
const HOST_IDS: Record<Product, string> = { vpc: 'vpc.aliyuncs.com', ecs: 'ecs.aliyuncs.com', resourcemanager: 'resourcemanager.aliyuncs.com', sts: 'sts.aliyuncs.com' };

/** RequestIds are upper-case UUIDs, as the real cloud returns them. */
function newRequestId(): string {
  return randomUUID().toUpperCase();
}

class BodyTooLarge extends Error {}

const NO_BODY = Buffer.alloc(0);

function readBody(req: Request, limit: number): Promise<Buffer> {
  // HTTP/1.1 framing: without Content-Length or Transfer-Encoding a request has no body (RFC 9112
  // §6.3), so a plain GET need not wait a turn of the event loop for 'end'. Node discards anything
  // unread when the response ends.
  if (req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined) return Promise.resolve(NO_BODY);
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge());
        req.pause();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function toRaw(search: URLSearchParams, into: RawParams): void {
  // Count keys as they are added: re-counting them for every parameter made a request with a
  // thousand parameters cost a quadratic amount of CPU (about 150 ms) before it was refused.
  let count = Object.keys(into).length;
  for (const [k, v] of search) {
    if (!(k in into)) {
      if (count >= MAX_PARAMETERS) throw new InvalidParameter(`The request has more than ${MAX_PARAMETERS} parameters.`);
      count++;
    }
    into[k] = v;
  }
}

interface ParsedRequest {
  style: 'v1' | 'acs3';
  action: string;
  version: string;
  format: 'JSON' | 'XML';
  raw: RawParams;
  query: RawParams;
  body: Buffer;
}

function parseRequest(req: Request, body: Buffer): ParsedRequest {
  const url = req.originalUrl ?? req.url;
  const q = url.indexOf('?');
  const query: RawParams = Object.create(null);
  toRaw(new URLSearchParams(q >= 0 ? url.slice(q + 1) : ''), query);
  const raw: RawParams = Object.assign(Object.create(null), query);
  const contentType = String(req.headers['content-type'] ?? '').toLowerCase();
  if (body.length > 0 && contentType.startsWith('application/x-www-form-urlencoded')) {
    toRaw(new URLSearchParams(body.toString('utf8')), raw);
  }
  const authorization = req.headers.authorization;
  const style = authorization && /^ACS3-/i.test(authorization) ? 'acs3' : 'v1';
  const action = style === 'acs3' ? String(req.headers['x-acs-action'] ?? '') : raw.Action;
  const version = style === 'acs3' ? String(req.headers['x-acs-version'] ?? '') : raw.Version;
  const formatParam = (raw.Format ?? (style === 'acs3' ? 'JSON' : 'XML')).toUpperCase();
  const format = formatParam === 'JSON' ? 'JSON' : 'XML';
  return { style, action, version, format, raw, query, body };
}

export function createWireApp(options: WireOptions): express.Express {
  const clock = options.clock ?? Date.now;
  const nonces = options.nonces ?? new NonceRegistry();
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');

  app.get(['/health', '/_sandbox/health'], (_req, res) => {
    res.json({ status: 'ok', service: 'alicloud-sandbox', products: PRODUCT_VERSIONS });
  });

  app.use(async (req: Request, res: Response) => {
    const requestId = newRequestId();
    let format: 'JSON' | 'XML' = 'JSON';
    let product: Product = 'vpc';
    let actionName = '';
    try {
      if (req.method !== 'GET' && req.method !== 'POST') {
        throw new UnsupportedHTTPMethod(`The HTTP method ${req.method} is not supported: RPC APIs take GET or POST.`);
      }
      let body: Buffer;
      try {
        body = await readBody(req, options.maxBodyBytes);
      } catch (err) {
        if (err instanceof BodyTooLarge) {
          res.setHeader('Connection', 'close');
          throw new RequestEntityTooLarge(`The request body is larger than ${options.maxBodyBytes} bytes.`);
        }
        throw err;
      }
      const parsed = parseRequest(req, body);
      format = parsed.format;
      if (!parsed.action) throw new MissingParameter('The input parameter "Action" that is mandatory for processing this request is not supplied.');
      if (!parsed.version) throw new MissingParameter('The input parameter "Version" that is mandatory for processing this request is not supplied.');
      actionName = parsed.action;
      const now = clock();
      const account: Account =
        parsed.style === 'acs3'
          ? verifySignatureAcs3(
              { method: req.method, path: req.path, query: parsed.query, headers: req.headers, body },
              options.accounts,
              nonces,
              now,
            )
          : verifySignatureV1(req.method, parsed.raw, options.accounts, nonces, now);
      const resolved = PRODUCT_VERSIONS[parsed.version];
      if (!resolved) {
        throw new InvalidVersion(`Specified parameter Version "${parsed.version}" is not valid: the sandbox serves VPC 2016-04-28, ECS 2014-05-26 and ResourceManager 2020-03-31.`);
      }
      product = resolved;
      const action = options.dispatcher.find(product, parsed.action);
      if (!action) {
        throw new InvalidAction(`Specified api "${parsed.action}" is not found for ${product.toUpperCase()} ${parsed.version}. Check the action name; the sandbox implements: ${options.dispatcher.names(product).join(', ')}.`);
      }
      // ACS3 requests carry the action and version in headers; they are not action parameters.
      const raw = parsed.raw;
      const region = action.regional !== false ? options.dispatcher.resolveRegion(raw.RegionId) : '';
      const params = parseParams(schemaOf(action), raw);
      const result = await options.dispatcher.invoke({ product, action, account, region, requestId, params, raw });
      send(res, 200, format, `${action.name}Response`, { RequestId: requestId, ...result });
    } catch (err) {
      let apiError: ApiError;
      if (err instanceof ApiError) {
        apiError = err;
      } else {
        (options.logError ?? ((m) => process.stderr.write(`${m}\n`)))(
          `alicloud-sandbox: BUG: unexpected error in ${actionName || 'request'} ${requestId}: ${(err as Error)?.stack ?? String(err)}`,
        );
        apiError = new InternalError(`The request processing has failed due to some unknown error. RequestId ${requestId}; the sandbox logged the cause.`);
      }
      send(res, apiError.httpStatus, format, 'Error', {
        RequestId: requestId,
        HostId: HOST_IDS[product],
        Code: apiError.code,
        Message: apiError.message,
        Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(apiError.code)}&product=${product === 'vpc' ? 'Vpc' : 'Ecs'}&requestId=${requestId}`,
      });
    }
  });
  return app;
}

/** Every action's schema with RegionId added, built once per action rather than per request. */
const schemas = new WeakMap<WireAction, ParamSchema>();
function schemaOf(action: WireAction): ParamSchema {
  let schema = schemas.get(action);
  if (!schema) schemas.set(action, (schema = { RegionId: REGION_ID, ...action.params }));
  return schema;
}

function send(res: Response, status: number, format: 'JSON' | 'XML', root: string, body: Record<string, unknown>): void {
  if (res.headersSent) return;
  res.status(status);
  if (format === 'XML') {
    res.setHeader('Content-Type', 'text/xml;charset=utf-8');
    res.end(toXml(root, body));
  } else {
    res.setHeader('Content-Type', 'application/json;charset=utf-8');
    res.end(JSON.stringify(body));
  }
}
