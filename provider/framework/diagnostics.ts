/** Turning thrown errors into diagnostics, and diagnostics into tfplugin6 messages. */
import { AttributeError } from './types';
import type { AttrType, AttributePath, BlockSchema, Diagnostic } from './types';

/** What the API client throws for an OpenAPI error response (see provider/client). */
export interface ApiErrorFields {
  code: string;
  message: string;
  requestId?: string;
  action?: string;
  statusCode?: number;
  httpStatus?: number;
  /** The API's own message, when `message` is a longer composed text. */
  apiMessage?: string;
}

export function isApiError(err: unknown): err is Error & ApiErrorFields {
  const e = err as Partial<ApiErrorFields> | null;
  return !!e && typeof e === 'object' && typeof e.code === 'string' && typeof e.message === 'string' && ('requestId' in e || 'action' in e || 'statusCode' in e || 'httpStatus' in e);
}

/**
 * Errors that no resource argument can fix, only the provider block: what to change, and where.
 * (The secret itself is never repeated.)
 */
const PROVIDER_CONFIG_HINTS: Array<[RegExp, string]> = [
  [/^(SignatureDoesNotMatch|IncompleteSignature|InvalidSignature)/, 'The access key secret does not match the access key ID. Fix secret_key in the provider "alicloud" block (or ALICLOUD_SECRET_KEY); the sandbox\'s default account is SANDBOXACCESSKEY / sandbox-secret.'],
  [/^InvalidAccessKeyId/, 'The access key ID is not known to the endpoint. Fix access_key in the provider "alicloud" block (or ALICLOUD_ACCESS_KEY), or add the account with the sandbox\'s --accounts file.'],
  [/^InvalidRegionId/, 'The endpoint does not serve this region. Fix region in the provider "alicloud" block (or ALICLOUD_REGION), e.g. region = "cn-hangzhou".'],
];

export function providerConfigHint(code: string): string | undefined {
  return PROVIDER_CONFIG_HINTS.find(([re]) => re.test(code))?.[1];
}

/**
 * `alicloud_vpc: CreateVpc failed: InvalidCidrBlock.Malformed`, with the API message in the
 * detail. `operation` names what the framework was doing (create, read, ...) for non-API errors.
 */
export function errorToDiagnostic(err: unknown, typeName: string, operation: string): Diagnostic {
  if (err instanceof AttributeError || (err && typeof err === 'object' && Array.isArray((err as AttributeError).attribute) && typeof (err as AttributeError).summary === 'string')) {
    const e = err as AttributeError;
    return { severity: 'error', summary: `${typeName}: ${e.summary}`, detail: e.detail, attribute: e.attribute };
  }
  if (isApiError(err)) {
    const action = err.action ?? operation;
    // A resource may have rewritten `message` to say what it was doing (keeping apiMessage); that
    // text is more useful than the bare API message. The client's own composed message is not.
    const composed = err.message.startsWith(`${err.action ?? ''} failed:`) || err.message === err.apiMessage;
    const text = err.apiMessage !== undefined && composed ? err.apiMessage : err.message;
    const rid = err.requestId && !text.includes(err.requestId) ? `RequestId: ${err.requestId}` : undefined;
    const detail = [text, rid, providerConfigHint(err.code)].filter(Boolean).join('\n');
    return { severity: 'error', summary: `${typeName}: ${action} failed: ${err.code}`, detail };
  }
  const e = err as Error | undefined;
  const name = e?.name && e.name !== 'Error' ? ` (${e.name})` : '';
  return { severity: 'error', summary: `${typeName}: ${operation} failed${name}`, detail: e?.message ?? String(err) };
}

/**
 * Converts a path to tfplugin6 steps. Strings are attribute names inside objects and element keys
 * inside maps, so the walk follows the schema to tell them apart.
 */
export function pathToProto(path: AttributePath, block?: BlockSchema): any {
  const steps: any[] = [];
  type Cursor = { block?: BlockSchema; type?: AttrType; mapElem?: Cursor; collElem?: Cursor } | undefined;
  let cur: Cursor = block ? { block } : undefined;
  for (const step of path) {
    if (typeof step === 'number') {
      steps.push({ element_key_int: step });
      cur = cur?.collElem;
      continue;
    }
    if (cur?.mapElem) {
      steps.push({ element_key_string: step });
      cur = cur.mapElem;
      continue;
    }
    steps.push({ attribute_name: step });
    cur = next(cur, step);
  }
  return { steps };

  function next(c: Cursor, name: string): Cursor {
    if (!c) return undefined;
    if (c.block) {
      const a = c.block.attributes[name];
      if (a) return typeCursor(a.type);
      const nb = c.block.blocks?.[name];
      if (!nb) return undefined;
      if (nb.nesting === 'single' || nb.nesting === 'group') return { block: nb.block };
      if (nb.nesting === 'map') return { mapElem: { block: nb.block } };
      return { collElem: { block: nb.block } };
    }
    if (Array.isArray(c.type) && c.type[0] === 'object') return typeCursor((c.type[1] as Record<string, AttrType>)[name]);
    return undefined;
  }
  function typeCursor(t: AttrType | undefined): Cursor {
    if (!t) return undefined;
    if (Array.isArray(t)) {
      if (t[0] === 'map') return { mapElem: typeCursor(t[1] as AttrType) ?? {} };
      if (t[0] === 'list' || t[0] === 'set') return { collElem: typeCursor(t[1] as AttrType) };
      return { type: t };
    }
    return { type: t };
  }
}

export function diagnosticToProto(d: Diagnostic, block?: BlockSchema): any {
  return {
    severity: d.severity === 'warning' ? 2 : 1,
    summary: d.summary,
    detail: d.detail ?? '',
    attribute: d.attribute && d.attribute.length ? pathToProto(d.attribute, block) : undefined,
  };
}
