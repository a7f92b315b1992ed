/**
 * The public Alibaba Cloud regions and their zone ids, as facts (looked up in Alibaba Cloud's
 * regions-and-zones pages). Older zones are kept (cn-hangzhou-b/e/f, cn-beijing-a/b …) because
 * real configurations still name them.
 *
 * `era` is a sandbox simplification, not a real attribute: it ranks a zone by when it opened
 * (1 = before about 2018, 2 = about 2018–2021, 3 = since about 2022) and decides which instance
 * families the zone offers (see instance-types-data.ts). The real per-zone offering changes daily.
 */

/** 1 = old zone, 2 = established zone, 3 = new zone (a sandbox simplification). */
export type ZoneEra = 1 | 2 | 3;

export interface RegionFact {
  regionId: string;
  /** English LocalName, as DescribeRegions returns it with AcceptLanguage=en-US. */
  localName: string;
  /** City name used in the zones' English local names ("Hangzhou Zone B"). */
  city: string;
  /** Zone letter (or suffix) → era. Zone ids are `${regionId}-${letter}` in China, `${regionId}${letter}` elsewhere. */
  zones: ReadonlyArray<readonly [string, ZoneEra]>;
}

export const REGION_FACTS: readonly RegionFact[] = [
  // Chinese mainland: zone ids are "<region>-<letter>".
  { regionId: 'cn-qingdao', localName: 'China (Qingdao)', city: 'Qingdao', zones: [['b', 1], ['c', 1]] },
  {
    regionId: 'cn-beijing',
    localName: 'China (Beijing)',
    city: 'Beijing',
    zones: [['a', 1], ['b', 1], ['c', 1], ['d', 1], ['e', 1], ['f', 2], ['g', 2], ['h', 2], ['i', 2], ['j', 3], ['k', 3], ['l', 3]],
  },
  { regionId: 'cn-zhangjiakou', localName: 'China (Zhangjiakou)', city: 'Zhangjiakou', zones: [['a', 1], ['b', 1], ['c', 2]] },
  { regionId: 'cn-huhehaote', localName: 'China (Hohhot)', city: 'Hohhot', zones: [['a', 1], ['b', 2]] },
  { regionId: 'cn-wulanchabu', localName: 'China (Ulanqab)', city: 'Ulanqab', zones: [['a', 2], ['b', 2], ['c', 3]] },
  {
    regionId: 'cn-hangzhou',
    localName: 'China (Hangzhou)',
    city: 'Hangzhou',
    zones: [['b', 1], ['e', 1], ['f', 1], ['g', 2], ['h', 2], ['i', 2], ['j', 3], ['k', 3]],
  },
  {
    regionId: 'cn-shanghai',
    localName: 'China (Shanghai)',
    city: 'Shanghai',
    zones: [['a', 2], ['b', 1], ['c', 1], ['d', 1], ['e', 1], ['f', 2], ['g', 2], ['k', 3], ['l', 2], ['m', 3], ['n', 3]],
  },
  { regionId: 'cn-nanjing', localName: 'China (Nanjing - Local Region)', city: 'Nanjing', zones: [['a', 3]] },
  { regionId: 'cn-fuzhou', localName: 'China (Fuzhou - Local Region)', city: 'Fuzhou', zones: [['a', 3]] },
  { regionId: 'cn-shenzhen', localName: 'China (Shenzhen)', city: 'Shenzhen', zones: [['a', 1], ['b', 1], ['c', 2], ['d', 1], ['e', 2], ['f', 2]] },
  { regionId: 'cn-heyuan', localName: 'China (Heyuan)', city: 'Heyuan', zones: [['a', 2], ['b', 3]] },
  { regionId: 'cn-guangzhou', localName: 'China (Guangzhou)', city: 'Guangzhou', zones: [['a', 3], ['b', 3]] },
  { regionId: 'cn-chengdu', localName: 'China (Chengdu)', city: 'Chengdu', zones: [['a', 2], ['b', 3]] },
  { regionId: 'cn-hongkong', localName: 'China (Hong Kong)', city: 'Hong Kong', zones: [['b', 1], ['c', 1], ['d', 2]] },
  // Elsewhere: zone ids are "<region><letter>".
  { regionId: 'ap-northeast-1', localName: 'Japan (Tokyo)', city: 'Tokyo', zones: [['a', 1], ['b', 2], ['c', 3]] },
  { regionId: 'ap-northeast-2', localName: 'South Korea (Seoul)', city: 'Seoul', zones: [['a', 3]] },
  { regionId: 'ap-southeast-1', localName: 'Singapore', city: 'Singapore', zones: [['a', 1], ['b', 1], ['c', 2]] },
  { regionId: 'ap-southeast-2', localName: 'Australia (Sydney)', city: 'Sydney', zones: [['a', 1], ['b', 1]] },
  { regionId: 'ap-southeast-3', localName: 'Malaysia (Kuala Lumpur)', city: 'Kuala Lumpur', zones: [['a', 2], ['b', 2]] },
  { regionId: 'ap-southeast-5', localName: 'Indonesia (Jakarta)', city: 'Jakarta', zones: [['a', 2], ['b', 2], ['c', 3]] },
  { regionId: 'ap-southeast-6', localName: 'Philippines (Manila)', city: 'Manila', zones: [['a', 3]] },
  { regionId: 'ap-southeast-7', localName: 'Thailand (Bangkok)', city: 'Bangkok', zones: [['a', 3]] },
  { regionId: 'us-east-1', localName: 'US (Virginia)', city: 'Virginia', zones: [['a', 1], ['b', 1]] },
  { regionId: 'us-west-1', localName: 'US (Silicon Valley)', city: 'Silicon Valley', zones: [['a', 1], ['b', 1]] },
  { regionId: 'na-south-1', localName: 'Mexico', city: 'Mexico', zones: [['a', 3]] },
  { regionId: 'eu-central-1', localName: 'Germany (Frankfurt)', city: 'Frankfurt', zones: [['a', 1], ['b', 1], ['c', 3]] },
  { regionId: 'eu-west-1', localName: 'UK (London)', city: 'London', zones: [['a', 1], ['b', 1]] },
  { regionId: 'me-east-1', localName: 'UAE (Dubai)', city: 'Dubai', zones: [['a', 1]] },
  { regionId: 'me-central-1', localName: 'SAU (Riyadh - Partner Region)', city: 'Riyadh', zones: [['a', 3], ['b', 3]] },
];

/**
 * Older zones that also offer the `latest` families, against the era rule: facts from community
 * modules whose examples pass on the real cloud there. cn-zhangjiakou-a is the first zone that
 * alicloud_zones lists in cn-zhangjiakou, and the alibabacloud-automation SNAT module's complete
 * example finds a 2 vCPU / 8 GiB ecs.g9i type in it (its test record passes on provider 1.288.0).
 * ap-southeast-5a likewise: the alibabacloud-automation EIP module's associate-with-ecs example
 * asks for a 2 vCPU / 8 GiB ecs.g9i in the first zone of ap-southeast-5 that launches instances
 * (its weekly test record passes on provider 1.286.0 and 1.288.0, August 2026).
 */
export const ZONES_WITH_LATEST_FAMILIES: ReadonlySet<string> = new Set(['cn-zhangjiakou-a', 'ap-southeast-5a']);

/** The zone id of a region's zone letter: "cn-hangzhou-h", but "ap-southeast-1a". */
export function zoneIdOf(regionId: string, letter: string): string {
  return regionId.startsWith('cn-') ? `${regionId}-${letter}` : `${regionId}${letter}`;
}
