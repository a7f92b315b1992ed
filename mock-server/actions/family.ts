/**
 * A resource family's one registration object: everything the shared machinery needs to know
 * about it. `mock-server/vpc/index.ts` and `mock-server/ecs/index.ts` list the families, one line
 * each; buildRegistry (./index.ts) installs them.
 */
import type { CascadeRow, DependantRow } from '../domain/dependants';
import type { HookBinding } from '../domain/hooks';
import type { Product } from '../wire/dispatch';
import type { ActionDefinition } from './registry';

/** A resource kind the product's tag actions (TagResources …) serve, and the table its rows live in. */
export interface TaggableType {
  product: Product;
  /** ResourceType as the product's API spells it: VPC upper-case (VPC, VSWITCH), ECS lower-case (instance). */
  resourceType: string;
  table: string;
}

export interface Family {
  /** For messages and the architecture docs, e.g. "vpc/vswitch". */
  name: string;
  actions: readonly ActionDefinition[];
  taggable?: readonly TaggableType[];
  /** Rows of the dependency table this family registers as the CHILD (see domain/dependants.ts). */
  dependants?: readonly DependantRow<any>[];
  /** What of this family goes away with a parent of another family. */
  cascades?: readonly CascadeRow[];
  /** Contributions to a parent family's creation (see domain/hooks.ts). */
  hooks?: readonly HookBinding[];
}
