/** What the security-group family stores: groups, with their rules inside the group row. */
import type { Tags } from '../../domain/tags';
import type { Row } from '../../store/state-backend';

export const SECURITY_GROUPS = 'securityGroups';

export interface SecurityGroupRuleRecord {
  /** `sgr-…` */
  id: string;
  direction: 'ingress' | 'egress';
  /** Lower-case: tcp, udp, icmp, gre, all, icmpv6. */
  ipProtocol: string;
  /** `from/to`, `-1/-1` for protocols without ports. */
  portRange: string;
  /** accept | drop */
  policy: string;
  priority: number;
  nicType: string;
  sourceCidrIp: string;
  destCidrIp: string;
  sourceGroupId: string;
  destGroupId: string;
  description: string;
  createdAt: number;
  /** Optional extras kept as sent: source port range and IPv6 peers. */
  sourcePortRange?: string;
  ipv6SourceCidrIp?: string;
  ipv6DestCidrIp?: string;
  /** The prefix list peer (see prefix-lists.ts), when the rule names one. */
  sourcePrefixListId?: string;
  destPrefixListId?: string;
}

export interface SecurityGroupRecord extends Row {
  id: string;
  vpcId: string;
  name: string;
  description: string;
  securityGroupType: 'normal' | 'enterprise';
  innerAccessPolicy: 'Accept' | 'Drop';
  /**
   * A default group (one per VPC, created with the guide's default rule set the first time an
   * instance is launched there without a group): its rules can change but it cannot be deleted.
   */
  isDefault: boolean;
  resourceGroupId: string;
  rules: SecurityGroupRuleRecord[];
  createdAt: number;
  tags: Tags;
}
