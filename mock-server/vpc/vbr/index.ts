import type { Family } from '../../actions/family';
import { vbrActions } from './actions';
import { VBRS } from './records';
import { customRoutesOfVbr, vbrRouteTableGoesWithIt, vbrsOnPhysicalConnection } from './domain';

/** Virtual border routers: children of a physical connection, each with its own route table. */
export const vbrFamily: Family = {
  name: 'vpc/vbr',
  actions: vbrActions,
  taggable: [{ product: 'vpc', resourceType: 'VBR', table: VBRS }],
  dependants: [vbrsOnPhysicalConnection, customRoutesOfVbr],
  cascades: [vbrRouteTableGoesWithIt],
};
