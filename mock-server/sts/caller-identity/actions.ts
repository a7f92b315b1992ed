/**
 * STS GetCallerIdentity: who signed the request. The sandbox's accounts are root accounts (an
 * AccessKey pair per account id, no RAM users or roles), so the answer is always the account
 * itself: IdentityType "Account", the root ARN, and the account id as principal and user. The real
 * STS is a separate, region-less endpoint (sts.aliyuncs.com); the sandbox serves its Version
 * 2015-04-01 on the same port, so that alicloud_account and alicloud_caller_identity answer with
 * the sandbox account's own id rather than any real one.
 */
import { defineAction } from '../../actions/registry';

const getCallerIdentity = defineAction({
  name: 'GetCallerIdentity',
  products: ['sts'],
  regional: false,
  params: {},
  handle(ctx) {
    const id = ctx.account.accountId;
    return { AccountId: id, UserId: id, PrincipalId: id, RoleId: '', IdentityType: 'Account', Arn: `acs:ram::${id}:root` };
  },
});

export const callerIdentityActions = [getCallerIdentity];
