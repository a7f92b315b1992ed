/**
 * The wire layer: an Express app that reads RPC requests (query + form body), verifies their
 * signature, dispatches on product version and action, shapes the response as JSON or XML, and
 * serialises every error in one place. It holds no business rules.
 */
import express, { type Request, type Response } from 'express';
import {
  ApiError,
  InternalError,
  InvalidAction,
  InvalidParameter,
  InvalidRegionIdNotFound,
  InvalidVersion,
  MissingParameter,
  RequestEntityTooLarge,
  UnsupportedHTTPMethod,
} from '../errors';
import { ActionRegistry, PRODUCT_VERSIONS, idempotent, paramsDigest, type ActionContext, type ActionDefinition, type DomainConfig, type Product, type SandboxAdmin } from '../actions/registry';
import { newRequestId } from '../domain/ids';
import { findRegion } from '../domain/regions';
import type { Store } from '../store/store';
import { parseParams, string, type ParamSchema, type RawParams } from './params';
import { NonceRegistry, verifySignatureAcs3, verifySignatureV1, type Account, type AccountDirectory } from './signature';
import { toXml } from './xml';

export interface WireOptions {
  registry: ActionRegistry;
  store: Store;
  accounts: AccountDirectory;
  config: DomainConfig;
  admin: SandboxAdmin;
  /** Largest accepted request body. */
  maxBodyBytes: number;
  clock?: () => number;
  /** Where unexpected errors (bugs) are reported. */
  logError?: (message: string) => void;
}

const MAX_PARAMETERS = 1000;
/** Every action accepts RegionId; regional ones have it checked against the catalogue above. */
const REGION_ID = string({ maxLength: 64 });
const HOST_IDS: Record<Product, string> = { vpc: 'vpc.aliyuncs.com', ecs: 'ecs.aliyuncs.com' };

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
  const nonces = new NonceRegistry();
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
        throw new InvalidVersion(`Specified parameter Version "${parsed.version}" is not valid: the sandbox serves VPC 2016-04-28 and ECS 2014-05-26.`);
      }
      product = resolved;
      const action = options.registry.find(product, parsed.action);
      if (!action) {
        throw new InvalidAction(`Specified api "${parsed.action}" is not found for ${product.toUpperCase()} ${parsed.version}. Check the action name; the sandbox implements: ${options.registry.names(product).join(', ')}.`);
      }
      // ACS3 requests carry the action and version in headers; they are not action parameters.
      const raw = parsed.raw;
      let region = '';
      if (action.regional !== false) {
        if (!raw.RegionId) throw new MissingParameter('The input parameter "RegionId" that is mandatory for processing this request is not supplied.');
        if (!findRegion(raw.RegionId)) {
          throw new InvalidRegionIdNotFound(`The specified RegionId "${raw.RegionId}" does not exist. Call DescribeRegions for the regions the sandbox serves, such as cn-hangzhou.`);
        }
        region = raw.RegionId;
      }
      const params = parseParams(schemaOf(action), raw);
      // Only a request with a ClientToken needs the digest that recognises its retries.
      const digest = raw.ClientToken ? paramsDigest(raw) : '';
      const ctx: ActionContext = {
        account,
        region,
        requestId,
        product,
        action: action.name,
        config: options.config,
        admin: options.admin,
        transact: (fn) => options.store.transact(account.accountId, region, idempotent(product, action.name, raw.ClientToken, digest, fn)),
        read: (fn) => options.store.read(account.accountId, region, fn),
        regionsWithData: () => options.store.regionsOf(account.accountId).filter((r) => findRegion(r) !== undefined),
        transactIn: (r, fn) => options.store.transact(account.accountId, r, idempotent(product, action.name, raw.ClientToken, digest, fn)),
        readIn: (r, fn) => options.store.read(account.accountId, r, fn),
      };
      const result = await action.handle(ctx, params as never);
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
const schemas = new WeakMap<ActionDefinition, ParamSchema>();
function schemaOf(action: ActionDefinition): ParamSchema {
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
