/**
 * The STS product (2015-04-01), the part real configurations read: GetCallerIdentity, behind the
 * provider's alicloud_account and alicloud_caller_identity. A new family is a new folder and one
 * line here.
 */
import type { Family } from '../actions/family';
import { callerIdentityFamily } from './caller-identity';

export const stsFamilies: readonly Family[] = [callerIdentityFamily];
