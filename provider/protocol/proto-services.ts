/**
 * gRPC service definitions built straight from our .proto files with protobufjs.
 *
 * @grpc/proto-loader would also build full file descriptors (for reflection, which nobody uses
 * here); skipping that saves about 30 ms of every provider start, and Terraform starts the
 * provider once per command walk.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import * as protobuf from 'protobufjs';
import type { ServiceDefinition } from '@grpc/grpc-js';

export const PROTO_FILES = ['tfplugin6.proto', 'plugin.proto', 'health.proto'];
/**
 * protobufjs JSON of the parsed protos, written next to them by the build: parsing the .proto
 * text costs ~25 ms of every start, Root.fromJSON a few. It records a hash of the texts it came
 * from, so a stale or broken file is ignored and the .proto files are parsed as before.
 */
export const DESCRIPTOR_FILE = 'descriptor.json';
/**
 * protobufjs builds each message type's encode/decode/fromObject/toObject as source text and
 * compiles it with `new Function` on first use, in every process: 40–90 ms per provider start
 * (measured; most RPCs are first calls, as Terraform starts a new process per walk). The build
 * writes exactly those generated functions to this file, so they load as ordinary code instead.
 * Like DESCRIPTOR_FILE it records the proto hash; when stale or missing, protobufjs generates them.
 */
export const CODEGEN_FILE = 'codegen.js';

/** Finds the proto directory both in the source tree (tsx) and next to the esbuild bundle. */
export function protoDir(): string {
  // Source tree (provider/protocol/proto), the bundle (dist/provider/proto), or a tsc build
  // (dist/provider/protocol/../proto, which the bundle build creates).
  const candidates = [path.join(__dirname, 'proto'), path.join(__dirname, 'protocol', 'proto'), path.join(__dirname, '..', 'proto')];
  for (const c of candidates) if (fs.existsSync(path.join(c, 'tfplugin6.proto'))) return c;
  throw new Error(`tfplugin6.proto not found in ${candidates.join(' or ')}; rebuild with \`npm run build:provider\``);
}

// What handlers see: snake_case fields, numbers for int64 and enums, Buffers for bytes, defaults filled.
const TO_OBJECT: protobuf.IConversionOptions = { longs: Number, enums: Number, defaults: true, oneofs: true };

function protoHash(dir: string): string {
  const h = createHash('sha256');
  for (const f of PROTO_FILES) h.update(fs.readFileSync(path.join(dir, f)));
  return h.digest('hex');
}

function parseProtos(dir: string): protobuf.Root {
  const root = new protobuf.Root();
  root.loadSync(PROTO_FILES.map((f) => path.join(dir, f)), { keepCase: true });
  return root;
}

export function loadRoot(dir = protoDir()): protobuf.Root {
  let root: protobuf.Root | undefined;
  try {
    const saved = JSON.parse(fs.readFileSync(path.join(dir, DESCRIPTOR_FILE), 'utf8'));
    if (saved.protoSha256 === protoHash(dir)) root = protobuf.Root.fromJSON(saved.root);
  } catch {
    root = undefined; // missing or unreadable: parse the protos
  }
  root ??= parseProtos(dir);
  root.resolveAll();
  installCodegen(root, dir);
  return root;
}

type CodegenFactory = (Writer: unknown, Reader: unknown, types: unknown[], util: unknown) => Record<string, unknown>;

/** Makes every type with a pre-generated factory set itself up from it instead of compiling. */
function installCodegen(root: protobuf.Root, dir: string): void {
  let factories: Record<string, CodegenFactory>;
  try {
    const file = path.join(dir, CODEGEN_FILE);
    if (!fs.existsSync(file)) return;
    // A computed path, so esbuild leaves this require to run time (the file sits next to the protos).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(file) as { protoSha256?: string; types?: Record<string, CodegenFactory> };
    if (!mod.types || mod.protoSha256 !== protoHash(dir)) return;
    factories = mod.types;
  } catch {
    return; // unreadable: protobufjs generates the functions as usual
  }
  const wrappers = (protobuf as unknown as { wrappers: Record<string, unknown> }).wrappers;
  for (const type of allTypes(root)) {
    const factory = factories[type.fullName];
    // Types with protobufjs wrappers (google.protobuf.Any) keep the stock setup, which applies them.
    if (!factory || wrappers[type.fullName]) continue;
    // Mirrors protobufjs's Type#setup: the same functions, with the same scope.
    (type as unknown as { setup: () => protobuf.Type }).setup = function setup(this: protobuf.Type) {
      const types = this.fieldsArray.map((f) => f.resolve().resolvedType);
      Object.assign(this, factory(protobuf.Writer, protobuf.Reader, types, protobuf.util));
      return this;
    };
  }
}

function allTypes(ns: protobuf.NamespaceBase, out: protobuf.Type[] = []): protobuf.Type[] {
  for (const o of ns.nestedArray) {
    if (o instanceof protobuf.Type) out.push(o);
    if (o instanceof protobuf.Namespace || o instanceof protobuf.Type) allTypes(o, out);
  }
  return out;
}

/** Build time: writes CODEGEN_FILE, the functions protobufjs would generate for every type. */
export function writeCodegen(dir: string): void {
  const root = parseProtos(dir);
  root.resolveAll();
  const pb = protobuf as unknown as Record<string, any>;
  const gens: Array<[string, (t: protobuf.Type) => { toString(name?: string): string }]> = [
    ['encode', pb.encoder],
    ['decode', pb.decoder],
    ['verify', pb.verifier],
    ['fromObject', pb.converter.fromObject],
    ['toObject', pb.converter.toObject],
  ];
  const entries = allTypes(root).map((t) => {
    const base = t.name.replace(/\W/g, '_');
    const fns = gens.map(([k, g]) => `${k}: ${g(t).toString(`${base}$${k}`)}`).join(',\n');
    return `${JSON.stringify(t.fullName)}: function (Writer, Reader, types, util) {\nreturn {\n${fns}\n};\n}`;
  });
  const text =
    `'use strict';\n// Written by scripts/build-provider.ts from the .proto files next to it (see proto-services.ts).\n` +
    `module.exports = {\nprotoSha256: ${JSON.stringify(protoHash(dir))},\ntypes: {\n${entries.join(',\n')}\n}\n};\n`;
  fs.writeFileSync(path.join(dir, CODEGEN_FILE), text);
}

/** Build time: writes DESCRIPTOR_FILE for the protos in `dir`. */
export function writeDescriptor(dir: string): void {
  const json = { protoSha256: protoHash(dir), root: parseProtos(dir).toJSON() };
  fs.writeFileSync(path.join(dir, DESCRIPTOR_FILE), JSON.stringify(json));
}

export function serviceDefinition(root: protobuf.Root, fullName: string): ServiceDefinition {
  const service = root.lookupService(fullName);
  const def: Record<string, unknown> = {};
  for (const m of service.methodsArray) {
    const req = m.resolvedRequestType!;
    const res = m.resolvedResponseType!;
    def[m.name] = {
      path: `/${fullName}/${m.name}`,
      originalName: m.name,
      requestStream: !!m.requestStream,
      responseStream: !!m.responseStream,
      requestSerialize: (o: object) => Buffer.from(req.encode(req.fromObject(o)).finish()),
      requestDeserialize: (b: Buffer) => req.toObject(req.decode(b), TO_OBJECT),
      responseSerialize: (o: object) => Buffer.from(res.encode(res.fromObject(o)).finish()),
      responseDeserialize: (b: Buffer) => res.toObject(res.decode(b), TO_OBJECT),
    };
  }
  return def as unknown as ServiceDefinition;
}
