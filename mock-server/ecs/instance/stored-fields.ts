/**
 * The domain side of the launch options the sandbox keeps without modelling them (user data, key
 * pair name, system disk name and description, data disks as records): checking them and turning
 * them into an instance's stored fields. The actions that show and change them are
 * ./stored-options.ts.
 */
import { InvalidParameter } from '../../errors';
import { InvalidUserDataBase64FormatInvalid, InvalidUserDataSizeExceeded } from './errors';
import type { DataDiskRecord, InstanceRecord } from './records';

/** The real limit: 32 KiB of Base64 text. */
const MAX_USER_DATA = 32 * 1024;
const DEFAULT_DATA_DISK_CATEGORY = 'cloud_efficiency';

/** The DataDisk.N.* fields as the wire layer hands them over (all text). */
export type DataDiskParams = Partial<Record<string, string>>;

export interface StoredLaunchOptions {
  userData?: string;
  keyPairName?: string;
  systemDiskName?: string;
  systemDiskDescription?: string;
  dataDisks?: DataDiskParams[];
  /** Spot bidding, HPC cluster and CPU credit mode: kept and shown by DescribeInstances, not billed or placed. */
  spotStrategy?: string;
  spotPriceLimit?: number;
  spotDuration?: number;
  spotInterruptionBehavior?: string;
  hpcClusterId?: string;
  creditSpecification?: string;
  /** The metadata service's options (MetadataOptions): kept and shown; the sandbox runs no metadata service. */
  httpEndpoint?: string;
  httpTokens?: string;
  httpPutResponseHopLimit?: number;
  systemDiskPerformanceLevel?: string;
  /** AutoRenew, AutoRenewPeriod and PeriodUnit: only a PrePaid instance keeps them. */
  autoRenew?: boolean;
  autoRenewPeriod?: number;
  periodUnit?: string;
}

export function checkUserData(userData: string | undefined): string | undefined {
  if (userData === undefined || userData === '') return userData;
  if (userData.length > MAX_USER_DATA) {
    throw new InvalidUserDataSizeExceeded(`The UserData is ${userData.length} characters long; it may be at most ${MAX_USER_DATA} characters of Base64 text.`);
  }
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(userData) || userData.length % 4 !== 0) {
    throw new InvalidUserDataBase64FormatInvalid('The UserData is not Base64 text: encode the script or cloud-init document with Base64 before sending it.');
  }
  return userData;
}

function flag(v: string | undefined, dflt: boolean): boolean {
  return v === undefined || v === '' ? dflt : v === 'true';
}

/** The data disk records of a new instance, numbered from its ID like its system disk. */
function dataDisks(id: string, disks: DataDiskParams[] | undefined): DataDiskRecord[] {
  return (disks ?? []).map((d, i) => {
    const size = Number(d.Size ?? '');
    if (!d.SnapshotId && (!Number.isInteger(size) || size < 20 || size > 32768)) {
      throw new InvalidParameter(`The DataDisk.${i + 1}.Size "${d.Size ?? ''}" is invalid: a data disk is 20 to 32768 GiB.`);
    }
    return {
      diskId: `d-${id.slice(2)}${String(i + 1).padStart(2, '0')}`,
      category: d.Category || DEFAULT_DATA_DISK_CATEGORY,
      size: Number.isInteger(size) ? size : 40,
      name: d.DiskName ?? '',
      description: d.Description ?? '',
      encrypted: flag(d.Encrypted, false),
      kmsKeyId: d.KMSKeyId ?? '',
      snapshotId: d.SnapshotId ?? '',
      performanceLevel: d.PerformanceLevel ?? '',
      deleteWithInstance: flag(d.DeleteWithInstance, true),
      device: d.Device || `/dev/xvd${String.fromCharCode(98 + i)}`,
    };
  });
}

/**
 * The renewal of a new PrePaid instance: AutoRenew=true renews it by AutoRenewPeriod (default 1) of
 * PeriodUnit; otherwise it expires unless renewed by hand (Normal). PostPaid instances have none.
 */
export function launchRenewal(chargeType: string, o: StoredLaunchOptions | undefined): InstanceRecord['renewal'] {
  if (chargeType !== 'PrePaid') return undefined;
  const unit = o?.periodUnit === 'Week' ? 'Week' : 'Month';
  return o?.autoRenew ? { status: 'AutoRenewal', duration: o.autoRenewPeriod ?? 1, periodUnit: unit } : { status: 'Normal', duration: 0, periodUnit: unit };
}

/** The stored fields of a new instance (spread into its record). */
export function storedFields(id: string, o: StoredLaunchOptions | undefined): Partial<InstanceRecord> {
  if (!o) return {};
  return {
    userData: checkUserData(o.userData) ?? '',
    keyPairName: o.keyPairName ?? '',
    systemDiskName: o.systemDiskName ?? '',
    systemDiskDescription: o.systemDiskDescription ?? '',
    dataDisks: dataDisks(id, o.dataDisks),
    // A price limit or a protection period means nothing without a spot strategy (the API ignores them).
    spotStrategy: o.spotStrategy || 'NoSpot',
    spotPriceLimit: o.spotStrategy === 'SpotWithPriceLimit' ? o.spotPriceLimit : undefined,
    spotDuration: o.spotStrategy && o.spotStrategy !== 'NoSpot' ? o.spotDuration : undefined,
    spotInterruptionBehavior: o.spotStrategy && o.spotStrategy !== 'NoSpot' ? o.spotInterruptionBehavior || 'Terminate' : undefined,
    hpcClusterId: o.hpcClusterId ?? '',
    creditSpecification: o.creditSpecification ?? '',
    // The API's defaults: reachable, tokens optional, one hop.
    httpEndpoint: o.httpEndpoint || 'enabled',
    httpTokens: o.httpTokens || 'optional',
    httpPutResponseHopLimit: o.httpPutResponseHopLimit ?? 1,
    ...(o.systemDiskPerformanceLevel ? { systemDiskPerformanceLevel: o.systemDiskPerformanceLevel } : {}),
  };
}

function priceLimit(text: string | undefined): number | undefined {
  if (text === undefined || text === '') return undefined;
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0) throw new InvalidParameter(`The SpotPriceLimit "${text}" is invalid: give the highest hourly price as a decimal number, e.g. 0.5.`);
  return n;
}

/** Picks the stored options out of RunInstances / CreateInstance parameters. */
export function storedLaunchOptions(p: Record<string, unknown>): StoredLaunchOptions {
  const text = (k: string) => (typeof p[k] === 'string' ? (p[k] as string) : undefined);
  return {
    userData: text('UserData'),
    keyPairName: text('KeyPairName'),
    systemDiskName: text('SystemDisk.DiskName'),
    systemDiskDescription: text('SystemDisk.Description'),
    dataDisks: Array.isArray(p.DataDisk) ? (p.DataDisk as DataDiskParams[]) : undefined,
    spotStrategy: text('SpotStrategy'),
    spotPriceLimit: priceLimit(text('SpotPriceLimit')),
    spotDuration: typeof p.SpotDuration === 'number' ? p.SpotDuration : undefined,
    spotInterruptionBehavior: text('SpotInterruptionBehavior'),
    hpcClusterId: text('HpcClusterId'),
    creditSpecification: text('CreditSpecification'),
    httpEndpoint: text('HttpEndpoint'),
    httpTokens: text('HttpTokens'),
    httpPutResponseHopLimit: typeof p.HttpPutResponseHopLimit === 'number' ? p.HttpPutResponseHopLimit : undefined,
    systemDiskPerformanceLevel: text('SystemDisk.PerformanceLevel'),
    autoRenew: typeof p.AutoRenew === 'boolean' ? p.AutoRenew : undefined,
    autoRenewPeriod: typeof p.AutoRenewPeriod === 'number' ? p.AutoRenewPeriod : undefined,
    periodUnit: text('PeriodUnit'),
  };
}
