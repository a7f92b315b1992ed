import type { Family } from '../../actions/family';
import { vpcActions } from './actions';
import { VPCS } from './records';

/** VPCs. Their children (VSwitches, routing, security groups, instances) register the rows guarding DeleteVpc. */
export const vpcFamily: Family = {
  name: 'vpc/vpc',
  actions: vpcActions,
  taggable: [{ product: 'vpc', resourceType: 'VPC', table: VPCS }],
};
