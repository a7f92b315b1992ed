/**
 * Effective schemas (what Terraform sees) and their two encodings: the tfplugin6 Schema message
 * and the JSON that `terraform providers schema -json` prints.
 *
 * The framework adds to every resource what Terraform providers conventionally have:
 * - `id`: computed, kept across in-place updates (useStateForUnknown);
 * - `timeouts`: a single nested block with create/update/delete strings, when the resource
 *   declares default timeouts.
 */
import type { AttributeSchema, BlockSchema, DataSourceDefinition, NestedBlockSchema, ResourceDefinition } from './types';

export const PROVIDER_ADDRESS = 'registry.terraform.io/sandbox/alicloud';

export const TIMEOUTS_BLOCK = 'timeouts';

const ID_ATTRIBUTE: AttributeSchema = {
  type: 'string',
  description: 'The ID of this resource.',
  computed: true,
  useStateForUnknown: true,
};

const NAME_RE = /^[a-z0-9_]+$/;

/** The resource schema Terraform sees: the declared one plus `id` and, if declared, `timeouts`. */
export function effectiveResourceSchema(def: ResourceDefinition): BlockSchema {
  const declaredId = def.schema.attributes.id;
  const attributes: BlockSchema['attributes'] = {
    ...def.schema.attributes,
    id: declaredId
      ? { ...declaredId, computed: true, useStateForUnknown: true, required: false, forceNew: false }
      : ID_ATTRIBUTE,
  };
  const blocks: { [name: string]: NestedBlockSchema } = { ...(def.schema.blocks ?? {}) };
  if (def.timeouts && Object.keys(def.timeouts).length > 0) {
    const ta: BlockSchema['attributes'] = {};
    for (const op of ['create', 'update', 'delete'] as const) {
      if (def.timeouts[op] !== undefined) {
        ta[op] = { type: 'string', description: '', optional: true };
      }
    }
    blocks[TIMEOUTS_BLOCK] = { nesting: 'single', block: { attributes: ta } };
  }
  return { description: def.schema.description, attributes, blocks };
}

/** The data source schema Terraform sees: the declared one plus a computed `id`. */
export function effectiveDataSourceSchema(def: DataSourceDefinition): BlockSchema {
  const declaredId = def.schema.attributes.id;
  return {
    ...def.schema,
    attributes: { ...def.schema.attributes, id: declaredId ?? { ...ID_ATTRIBUTE, useStateForUnknown: false } },
  };
}

/** Throws with the offending name when a schema would make Terraform reject or crash. */
export function checkSchema(typeName: string, block: BlockSchema, where = typeName): void {
  if (!NAME_RE.test(typeName)) throw new Error(`type name "${typeName}" must match ^[a-z0-9_]+$`);
  for (const [name, a] of Object.entries(block.attributes)) {
    if (!NAME_RE.test(name)) throw new Error(`${where}: attribute "${name}" must match ^[a-z0-9_]+$`);
    const modes = [a.required, a.optional, a.computed].filter(Boolean).length;
    if (modes === 0) throw new Error(`${where}.${name}: set one of required, optional or computed`);
    if (a.required && (a.optional || a.computed)) throw new Error(`${where}.${name}: required cannot be combined with optional or computed`);
  }
  for (const [name, b] of Object.entries(block.blocks ?? {})) {
    if (!NAME_RE.test(name)) throw new Error(`${where}: block "${name}" must match ^[a-z0-9_]+$`);
    if (name in block.attributes) throw new Error(`${where}: "${name}" is both an attribute and a block; rename one`);
    checkSchema(typeName, b.block, `${where}.${name}`);
  }
}

// ------------------------------------------------------------------------------------------------
// tfplugin6.Schema

const NESTING_ENUM = { single: 1, list: 2, set: 3, map: 4, group: 5 } as const;

function sortedEntries<T>(o: { [k: string]: T } | undefined): Array<[string, T]> {
  return Object.entries(o ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export function blockToProto(block: BlockSchema, version = 0): any {
  return {
    version,
    attributes: sortedEntries(block.attributes).map(([name, a]) => ({
      name,
      type: Buffer.from(JSON.stringify(a.type)),
      description: a.description ?? '',
      required: !!a.required,
      optional: !!a.optional,
      computed: !!a.computed,
      sensitive: !!a.sensitive,
      description_kind: 0,
      deprecated: !!a.deprecated,
    })),
    block_types: sortedEntries(block.blocks).map(([name, nb]) => ({
      type_name: name,
      block: blockToProto(nb.block, version),
      nesting: NESTING_ENUM[nb.nesting],
      min_items: nb.minItems ?? 0,
      max_items: nb.maxItems ?? 0,
    })),
    description: block.description ?? '',
    description_kind: 0,
    deprecated: false,
  };
}

export function schemaToProto(block: BlockSchema, version = 0): any {
  return { version, block: blockToProto(block, version) };
}

// ------------------------------------------------------------------------------------------------
// `terraform providers schema -json`

/** One block in Terraform's JSON schema form (field order as Terraform prints it). */
export function blockToJson(block: BlockSchema): any {
  const out: any = {};
  const attrs = sortedEntries(block.attributes);
  if (attrs.length) {
    out.attributes = {};
    for (const [name, a] of attrs) {
      const j: any = { type: a.type };
      if (a.description) j.description = a.description;
      j.description_kind = 'plain';
      if (a.deprecated) j.deprecated = true;
      if (a.required) j.required = true;
      if (a.optional) j.optional = true;
      if (a.computed) j.computed = true;
      if (a.sensitive) j.sensitive = true;
      out.attributes[name] = j;
    }
  }
  const blocks = sortedEntries(block.blocks);
  if (blocks.length) {
    out.block_types = {};
    for (const [name, nb] of blocks) {
      const j: any = { nesting_mode: nb.nesting, block: blockToJson(nb.block) };
      if (nb.minItems) j.min_items = nb.minItems;
      if (nb.maxItems) j.max_items = nb.maxItems;
      out.block_types[name] = j;
    }
  }
  if (block.description) out.description = block.description;
  out.description_kind = 'plain';
  return out;
}
