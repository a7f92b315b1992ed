/**
 * The official SDKs, unchanged except for endpoint and credentials, behind one small interface so
 * the compatibility scenarios run through each of them:
 * - `@alicloud/pop-core` RPCClient (RPC signature v1), by GET or POST;
 * - `@alicloud/vpc20160428` / `@alicloud/ecs20140526` on `@alicloud/openapi-core` (ACS3-HMAC-SHA256),
 *   called through their typed methods with request model instances.
 */
/* eslint-disable @typescript-eslint/no-var-requires */
import { VERSIONS, type Credentials } from '../../helpers/rpc';

export type Product = 'vpc' | 'ecs';
export type Params = Record<string, string | number | boolean | string[] | undefined>;

export interface SdkError {
  code: string;
  statusCode: number;
  message: string;
  requestId?: string;
}

export interface CompatClient {
  name: string;
  /** Calls an action; resolves with the body as PascalCase JSON; rejects with the SDK's own error. */
  call(product: Product, action: string, params: Params): Promise<any>;
  /** Reads code, HTTP status and message out of the SDK's exception object. */
  errorOf(err: unknown): SdkError;
}

export function popCoreClient(url: string, creds: Credentials, method: 'GET' | 'POST'): CompatClient {
  const RPCClient = require('@alicloud/pop-core');
  const clients = {
    vpc: new RPCClient({ ...creds, endpoint: url, apiVersion: VERSIONS.vpc }),
    ecs: new RPCClient({ ...creds, endpoint: url, apiVersion: VERSIONS.ecs }),
  };
  return {
    name: `@alicloud/pop-core ${method}`,
    async call(product, action, params) {
      const flat: Record<string, string | number | boolean> = {};
      for (const [k, v] of Object.entries(params)) {
        if (v === undefined) continue;
        flat[k] = Array.isArray(v) ? JSON.stringify(v) : v;
      }
      return clients[product].request(action, flat, { method, timeout: 10_000 });
    },
    errorOf(err) {
      // pop-core puts the HTTP status in err.entry.response.
      const e = err as { code?: string; entry?: { response?: { statusCode?: number } }; message?: string; data?: { RequestId?: string } };
      return { code: String(e.code), statusCode: Number(e.entry?.response?.statusCode), message: String(e.message), requestId: e.data?.RequestId };
    },
  };
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

export function openApiClient(url: string, creds: Credentials): CompatClient {
  const { $OpenApiUtil } = require('@alicloud/openapi-core');
  const vpcModule = require('@alicloud/vpc20160428');
  const ecsModule = require('@alicloud/ecs20140526');
  const config = () => new $OpenApiUtil.Config({ ...creds, endpoint: new URL(url).host, protocol: 'http', regionId: 'cn-hangzhou' });
  const modules = { vpc: vpcModule, ecs: ecsModule };
  const clients = { vpc: new vpcModule.default(config()), ecs: new ecsModule.default(config()) };
  return {
    name: '@alicloud/vpc20160428 + @alicloud/ecs20140526 (openapi-core)',
    async call(product, action, params) {
      const RequestModel = modules[product][`${action}Request`];
      const method = clients[product][lowerFirst(action)];
      if (!RequestModel || typeof method !== 'function') throw new Error(`the ${product} SDK has no ${action}`);
      // Map wire names (PascalCase) onto the model's property names through its own name table.
      const names: Record<string, string> = RequestModel.names();
      const byWire = new Map(Object.entries(names).map(([prop, wire]) => [wire, prop]));
      const init: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(params)) {
        if (v === undefined) continue;
        const prop = byWire.get(k);
        // Some requests (StopInstance, DeleteInstance …) have no RegionId: the SDK cannot send it.
        if (!prop && k === 'RegionId') continue;
        if (!prop) throw new Error(`${action}Request has no field for ${k}`);
        init[prop] = Array.isArray(v) && RequestModel.types()[prop] === 'string' ? JSON.stringify(v) : v;
      }
      const res = await method.call(clients[product], new RequestModel(init));
      if (res.statusCode !== 200) throw new Error(`${action}: HTTP ${res.statusCode}`);
      return res.body.toMap();
    },
    errorOf(err) {
      const e = err as { code?: string; statusCode?: number; message?: string; data?: { RequestId?: string; statusCode?: number } };
      return { code: String(e.code), statusCode: Number(e.statusCode ?? e.data?.statusCode), message: String(e.message), requestId: e.data?.RequestId };
    },
  };
}

/** The openapi-core generic call (`callApi`), for actions no typed SDK method knows (sandbox-only ones). */
export function openApiGenericClient(url: string, creds: Credentials): CompatClient {
  const { default: OpenApi, $OpenApiUtil } = require('@alicloud/openapi-core');
  const client = new OpenApi(new $OpenApiUtil.Config({ ...creds, endpoint: new URL(url).host, protocol: 'http', regionId: 'cn-hangzhou' }));
  return {
    name: '@alicloud/openapi-core callApi',
    async call(product, action, params) {
      const query: Record<string, string> = {};
      for (const [k, v] of Object.entries(params)) if (v !== undefined) query[k] = Array.isArray(v) ? JSON.stringify(v) : String(v);
      const p = new $OpenApiUtil.Params({ action, version: VERSIONS[product], protocol: 'HTTP', pathname: '/', method: 'POST', authType: 'AK', style: 'RPC', reqBodyType: 'formData', bodyType: 'json' });
      const res = await client.callApi(p, new $OpenApiUtil.OpenApiRequest({ query }), {});
      return res.body;
    },
    errorOf(err) {
      const e = err as { code?: string; statusCode?: number; message?: string; data?: { RequestId?: string; statusCode?: number } };
      return { code: String(e.code), statusCode: Number(e.statusCode ?? e.data?.statusCode), message: String(e.message), requestId: e.data?.RequestId };
    },
  };
}
