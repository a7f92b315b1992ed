/**
 * Quotas of the families added after the core ones (HaVips, network ACLs, EIP bandwidth plans,
 * prefix lists, ENIs), in one pure module beside limits.ts, so the mock, the provider and the
 * constructs read the same figures. Each says where the figure comes from; "the sandbox's reading"
 * marks a figure no public page confirmed.
 */

/** Custom routes whose next hop may be one HaVip: the quota vpc_quota_havip_custom_route_entry (API reference: 5). */
export const MAX_ROUTES_PER_HAVIP = 5;

/**
 * Instances (or ENIs) one HaVip may be associated with. The current Chinese API reference says 10
 * ECS instances or 10 ENIs; older English pages still say two. The sandbox follows the current
 * page, so a stack that passes on today's cloud passes here.
 */
export const MAX_INSTANCES_PER_HAVIP = 10;

/** Network ACLs one VPC may hold: the default quota vpc_quota_nacl_per_vpc (20, the sandbox's reading of the quota page). */
export const MAX_ACLS_PER_VPC = 20;

/**
 * Custom entries per direction of a network ACL. The default quotas (vpc_quota_nacl_ingress_entry
 * and vpc_quota_nacl_egress_entry) are 20 each; one request may carry up to 100 (N is 0–99 in the
 * reference), so a request past the quota is refused, not truncated.
 */
export const MAX_CUSTOM_ACL_ENTRIES = 20;

/**
 * EIPs one common bandwidth package holds. The real quota is adjustable per account; 50 is the
 * sandbox's reading of its default (and what AddCommonBandwidthPackageIps takes in one call).
 */
export const CBWP_MAX_IPS = 50;

/** MaxEntries of a VPC prefix list when left out (CreateVpcPrefixList reference: default 50). */
export const PREFIX_LIST_DEFAULT_MAX_ENTRIES = 50;

/**
 * The largest MaxEntries of a prefix list, ECS or VPC: 200 (CreatePrefixList reference and the real
 * provider's validation for ECS lists; the prefix-list limits page, the sandbox's reading for VPC lists).
 */
export const PREFIX_LIST_MAX_ENTRIES_LIMIT = 200;

/** Prefix lists per region and account, of each kind (the prefix-list limits page: 100; the sandbox's reading of how it is enforced). */
export const PREFIX_LISTS_PER_REGION = 100;

/**
 * Private IPv4 addresses per ENI, the primary one included, while it is not attached: the real
 * cloud bounds them by the instance type once attached (EniPrivateIpAddressQuantity), and the
 * sandbox applies that bound on AttachNetworkInterface and AssignPrivateIpAddresses.
 */
export const MAX_PRIVATE_IPS_PER_UNATTACHED_ENI = 50;
