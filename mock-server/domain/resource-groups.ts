/**
 * Resources belong to the account's default resource group unless a request names another. The
 * sandbox has no resource-group service, so any id is stored as given.
 */
export const DEFAULT_RESOURCE_GROUP_ID = 'rg-acfmsandboxdefault';
