import type { Family } from '../../actions/family';
import { bind } from '../../domain/hooks';
import { VPC_HOOKS } from '../vpc/domain';
import { secondaryCidrActions } from './actions';
import { keepPrimaryApartFromSecondaries } from './domain';

/** Secondary IPv4 CIDR blocks of VPCs (stored on the VPC row: they live and die with it). */
export const secondaryCidrFamily: Family = {
  name: 'vpc/secondary-cidr',
  actions: secondaryCidrActions,
  hooks: [bind(VPC_HOOKS.cidrChanging, keepPrimaryApartFromSecondaries)],
};
