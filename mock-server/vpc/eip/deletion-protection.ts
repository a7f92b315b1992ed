/**
 * DeletionProtection: one VPC action that switches release protection for an EIP (Type EIP) or a
 * NAT gateway (Type NATGW). While it is on, ReleaseEipAddress / DeleteNatGateway are refused with
 * InvalidOperation.DeletionProtection. It lives with the EIP family (the API's own example is an
 * EIP) and calls each family's domain setter. EIP bandwidth plans (CBWP) are not modelled.
 */
import { ID, VPC_CLIENT_TOKEN, notSimulated } from '../../actions/params';
import { defineAction } from '../../actions/registry';
import { boolean, required, string } from '../../wire/params';
import { setNatDeletionProtection } from '../nat-gateway/domain';
import { setEipDeletionProtection } from './domain';

export const deletionProtectionAction = defineAction({
  name: 'DeletionProtection',
  products: ['vpc'],
  params: {
    InstanceId: required(ID),
    Type: required(string({ enum: ['EIP', 'CBWP', 'NATGW'] })),
    ProtectionEnable: required(boolean()),
    ClientToken: VPC_CLIENT_TOKEN,
  },
  async handle(ctx, p) {
    notSimulated('Type', p.Type === 'CBWP', 'EIP bandwidth plans (CBWP)');
    await ctx.transact((tx) => {
      if (p.Type === 'NATGW') setNatDeletionProtection(tx, p.InstanceId, p.ProtectionEnable);
      else setEipDeletionProtection(tx, p.InstanceId, p.ProtectionEnable);
    });
    return {};
  },
});
