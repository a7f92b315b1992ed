/**
 * The point where RunInstances hands its NetworkInterface.N entries of type Secondary to the ENI
 * family, inside the launch's transaction. The ENI family binds to it (network-interface/links.ts),
 * so the instance family never imports the ENI family, which already depends on it.
 */
import type { DomainConfig } from '../../domain/config';
import { HookPoint } from '../../domain/hooks';
import type { InstanceRecord } from './records';

/** One NetworkInterface.N entry of type Secondary. */
export interface LaunchEniSpec {
  networkInterfaceId?: string;
  vswitchId?: string;
  securityGroupIds?: string[];
  primaryIpAddress?: string;
  name?: string;
  description?: string;
  trafficMode?: string;
  networkCardIndex?: number;
  queueNumber?: number;
  queuePairNumber?: number;
  secondaryPrivateIpAddressCount?: number;
  sourceDestCheck?: boolean;
  deleteOnRelease?: boolean;
}

/** Creates (or takes over) and attaches the launch-time ENIs of the new instances; throws when one does not fit. */
export const LAUNCH_ENIS = new HookPoint<[DomainConfig, InstanceRecord[], LaunchEniSpec[]]>('instance.launch-enis');
