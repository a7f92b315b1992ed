/** What the VSwitch family stores. */
import type { Lifecycle } from '../../domain/lifecycle';
import type { Tags } from '../../domain/tags';
import type { Row } from '../../store/state-backend';

export const VSWITCHES = 'vswitches';

export interface VSwitchRecord extends Row {
  id: string;
  vpcId: string;
  zoneId: string;
  cidrBlock: string;
  name: string;
  description: string;
  isDefault: boolean;
  createdAt: number;
  lifecycle: Lifecycle;
  tags: Tags;
  /** The VSwitch's IPv6 /64 inside its VPC's /56 when IPv6 is enabled (absent or '' otherwise). */
  ipv6CidrBlock?: string;
}
