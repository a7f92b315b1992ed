/**
 * alicloud_account and alicloud_caller_identity — STS GetCallerIdentity, as aliyun/alicloud reads
 * them: the account's id (the id of alicloud_account), and the caller's account id, ARN and
 * identity type (the id of alicloud_caller_identity is the principal's id). The sandbox answers
 * with the id of the sandbox account whose AccessKey signed the call, never a real one.
 */
import type { AttributeSchema, DataSourceDefinition } from '../framework/types';
import { api } from '../shared/api';

export const accountAttributes: { [name: string]: AttributeSchema } = {
  id: { type: 'string', computed: true, description: 'The account id.' },
};

export const accountDataSource: DataSourceDefinition = {
  typeName: 'alicloud_account',
  schema: { description: 'The id of the account the provider signs as.', attributes: accountAttributes },

  async read(ctx) {
    const out = await api(ctx, 'sts', 'GetCallerIdentity', {});
    return { id: String(out?.AccountId ?? '') };
  },
};

export const callerIdentityAttributes: { [name: string]: AttributeSchema } = {
  id: { type: 'string', computed: true, description: 'The principal id of the caller.' },
  account_id: { type: 'string', computed: true, description: 'The account id.' },
  arn: { type: 'string', computed: true, description: 'The caller\'s ARN (acs:ram::<account id>:root for an account\'s own AccessKey).' },
  identity_type: { type: 'string', computed: true, description: 'Account, RAMUser or AssumedRoleUser (always Account in the sandbox).' },
};

export const callerIdentityDataSource: DataSourceDefinition = {
  typeName: 'alicloud_caller_identity',
  schema: { description: 'Who the provider signs as.', attributes: callerIdentityAttributes },

  async read(ctx) {
    const out = await api(ctx, 'sts', 'GetCallerIdentity', {});
    return { id: String(out?.PrincipalId ?? ''), account_id: String(out?.AccountId ?? ''), arn: String(out?.Arn ?? ''), identity_type: String(out?.IdentityType ?? '') };
  },
};
