/**
 * The ECS product (2014-05-26), the networking subset: its resource families, one line each. A
 * new family is a new folder (domain.ts, actions.ts, shapes.ts, errors.ts, records.ts, index.ts)
 * and one line here.
 */
import type { Family } from '../actions/family';
import { diskFamily } from './disk';
import { instanceFamily } from './instance';
import { ecsRegionFamily } from './region';
import { securityGroupFamily } from './security-group';
import { instanceTypeFamily } from './instance-type';
import { imageFamily } from './image';
import { networkInterfaceFamily } from './network-interface';
import { ecsPrefixListFamily } from './prefix-list';

export const ecsFamilies: readonly Family[] = [
  instanceFamily,
  securityGroupFamily,
  diskFamily,
  ecsRegionFamily,
  instanceTypeFamily,
  imageFamily,
  networkInterfaceFamily,
  ecsPrefixListFamily,
];
