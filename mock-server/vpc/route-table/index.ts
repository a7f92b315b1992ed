import type { Family } from '../../actions/family';
import { routeTableActions } from './actions';
import { customRouteTableActions } from './custom-actions';
import { eniNextHopDependants, eniNextHopHooks } from './eni-hop';
import { routeTableCascades, routeTableDependants, routeTableHooks } from './links';
import { ROUTE_TABLES } from './records';

/** VRouters, system and custom route tables, route entries and the longest-prefix lookup: children of a VPC. */
export const routeTableFamily: Family = {
  name: 'vpc/route-table',
  actions: [...routeTableActions, ...customRouteTableActions],
  taggable: [{ product: 'vpc', resourceType: 'ROUTETABLE', table: ROUTE_TABLES }],
  dependants: [...routeTableDependants, ...eniNextHopDependants],
  cascades: routeTableCascades,
  hooks: [...routeTableHooks, ...eniNextHopHooks],
};
