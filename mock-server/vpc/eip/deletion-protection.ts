/**
 * DeletionProtection: one VPC action that switches release protection for an EIP (Type EIP) or a
 * NAT gateway (Type NATGW). While it is on, ReleaseEipAddress / DeleteNatGateway are refused with
 * InvalidOperation.DeletionProtection. It lives with the EIP family (the API's own example is an
 * EIP) and calls each family's domain setter; Type CBWP protects an EIP bandwidth plan from
 * DeleteCommonBandwidthPackage.
 */
import { ID, VPC_CLIENT_TOKEN, notSimulated } from '../../actions/params';
import { defineAction } from '../../actions/registry';
import { boolean, required, string } from '../../wire/params';
import { setNatDeletionProtection } from '../nat-gateway/domain';
import { EIP_HOOKS, setEipDeletionProtection } from './domain';

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
    await ctx.transact((tx) => {
      if (p.Type === 'NATGW') setNatDeletionProtection(tx, p.InstanceId, p.ProtectionEnable);
      else if (p.Type === 'CBWP') {
        // The EIP bandwidth-plan family answers through the hook (it never is absent in the app).
        const handled = EIP_HOOKS.deletionProtection.run(tx, p.Type, p.InstanceId, p.ProtectionEnable).some(Boolean);
        notSimulated('Type', !handled, 'EIP bandwidth plans (CBWP)');
      }
      else setEipDeletionProtection(tx, p.InstanceId, p.ProtectionEnable);
    });
    return {};
  },
});
