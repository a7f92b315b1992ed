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
  return root;
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
