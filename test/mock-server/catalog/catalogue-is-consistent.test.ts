/**
 * The catalogue (mock-server/domain/catalog, served through domain/regions and
 * domain/region-catalog) is data; these tests hold it consistent and keep every id the sandbox
 * accepted before.
 */
import * as assert from 'node:assert/strict';
import {
  CATALOG_REGIONS,
  INSTANCE_FAMILIES,
  INSTANCE_TYPE_FACTS,
  PUBLIC_IMAGES,
  catalogZone,
  findImages,
  instanceTypeFact,
  instanceTypesOfZone,
  zoneOffersInstanceType,
  zonesOfferingInstanceType,
} from '../../../mock-server/domain/catalog';
import { INSTANCE_TYPES, availableResources, instanceTypeShape, zoneInstanceTypes, zoneOffering } from '../../../mock-server/domain/region-catalog';
import { REGIONS, findRegion, findZone } from '../../../mock-server/domain/regions';

/** What the sandbox served before the real catalogue (tests and examples name these). */
const OLD_REGIONS: Record<string, string[]> = {
  'cn-qingdao': ['b', 'c'],
  'cn-beijing': ['a', 'b', 'c', 'h'],
  'cn-zhangjiakou': ['a', 'b', 'c'],
  'cn-hangzhou': ['b', 'g', 'h', 'i', 'j', 'k'],
  'cn-shanghai': ['b', 'e', 'f', 'g'],
  'cn-shenzhen': ['a', 'd', 'e'],
  'cn-hongkong': ['b', 'c', 'd'],
};
const OLD_INSTANCE_TYPES = [
  'ecs.t6-c1m1.large', 'ecs.t6-c1m2.large', 'ecs.t5-lc1m1.small', 'ecs.g6.large', 'ecs.g6.xlarge', 'ecs.g7.large',
  'ecs.g7.xlarge', 'ecs.c6.large', 'ecs.c7.large', 'ecs.r6.large', 'ecs.r7.large', 'ecs.e-c1m2.large',
];
const USED_IMAGES = ['ubuntu_22_04_x64_20G_alibase_20240130.vhd', 'ubuntu_22_04_x64_20G_alibase_20240101.vhd', 'ubuntu_18_04_64_20G_alibase_20190624.vhd'];

describe('catalogue: regions and zones', () => {
  it('every region has at least one zone, and region and zone ids are unique', () => {
    const regionIds = REGIONS.map((r) => r.regionId);
    assert.equal(new Set(regionIds).size, regionIds.length);
    const zoneIds = REGIONS.flatMap((r) => r.zones.map((z) => z.zoneId));
    assert.equal(new Set(zoneIds).size, zoneIds.length);
    for (const r of REGIONS) assert.ok(r.zones.length >= 1, r.regionId);
  });

  it('zone ids follow the real scheme: "<region>-<letter>" in China, "<region><letter>" elsewhere', () => {
    for (const r of REGIONS) {
      for (const z of r.zones) {
        const re = r.regionId.startsWith('cn-') ? new RegExp(`^${r.regionId}-[a-z]$`) : new RegExp(`^${r.regionId}[a-z]$`);
        assert.match(z.zoneId, re);
        assert.match(z.localName, / Zone [A-Z]$/, z.zoneId);
      }
    }
  });

  it('serves the regions real docs examples name, and the old Hangzhou zones b … k', () => {
    for (const id of ['ap-southeast-5', 'cn-wulanchabu', 'cn-chengdu', 'cn-nanjing', 'ap-southeast-3', 'cn-heyuan', 'ap-southeast-7', 'cn-guangzhou', 'cn-huhehaote']) {
      assert.ok(findRegion(id), id);
    }
    assert.deepEqual(findRegion('cn-hangzhou')!.zones.map((z) => z.zoneId.slice(-1)), ['b', 'e', 'f', 'g', 'h', 'i', 'j', 'k']);
    assert.equal(findZone('ap-southeast-1', 'ap-southeast-1a')?.localName, 'Singapore Zone A');
    assert.equal(findZone('cn-hangzhou', 'cn-hangzhou-z'), undefined);
    assert.equal(findZone('cn-beijing', 'cn-hangzhou-h'), undefined, 'a zone belongs to its own region only');
  });

  it('keeps every region and zone the sandbox served before, with the same local names for regions', () => {
    for (const [regionId, letters] of Object.entries(OLD_REGIONS)) {
      for (const l of letters) assert.ok(findZone(regionId, `${regionId}-${l}`), `${regionId}-${l}`);
    }
    assert.equal(findRegion('cn-hangzhou')?.localName, 'China (Hangzhou)');
    for (const id of ['ap-northeast-1', 'ap-southeast-1', 'ap-southeast-2', 'us-east-1', 'us-west-1', 'me-east-1', 'eu-central-1']) assert.ok(findRegion(id), id);
  });

  it('the domain view (regions.ts) and the catalogue agree zone for zone', () => {
    assert.deepEqual(
      REGIONS.map((r) => [r.regionId, r.zones.map((z) => z.zoneId)]),
      CATALOG_REGIONS.map((r) => [r.regionId, r.zones.map((z) => z.zoneId)]),
    );
    for (const r of CATALOG_REGIONS) for (const z of r.zones) assert.equal(catalogZone(z.zoneId)?.regionId, r.regionId);
  });
});

describe('catalogue: instance types', () => {
  it('type ids are unique, belong to their family, and have positive real sizes', () => {
    const ids = INSTANCE_TYPE_FACTS.map((t) => t.instanceType);
    assert.equal(new Set(ids).size, ids.length);
    for (const t of INSTANCE_TYPE_FACTS) {
      assert.ok(t.instanceType.startsWith(`${t.family}.`) || t.instanceType.startsWith(`${t.family}-`), t.instanceType);
      assert.ok(t.cpu >= 1 && Number.isInteger(t.cpu), t.instanceType);
      assert.ok(t.memoryGiB > 0, t.instanceType);
    }
    const families = INSTANCE_FAMILIES.map((f) => f.family);
    assert.equal(new Set(families).size, families.length);
  });

  it('knows the real sizes of well-known types', () => {
    const size = (t: string) => {
      const f = instanceTypeFact(t);
      return f && [f.cpu, f.memoryGiB];
    };
    assert.deepEqual(size('ecs.n4.large'), [2, 4]);
    assert.deepEqual(size('ecs.sn1ne.large'), [2, 4]);
    assert.deepEqual(size('ecs.sn2ne.large'), [2, 8]);
    assert.deepEqual(size('ecs.g7.large'), [2, 8]);
    assert.deepEqual(size('ecs.c7.xlarge'), [4, 8]);
    assert.deepEqual(size('ecs.r7.2xlarge'), [8, 64]);
    assert.deepEqual(size('ecs.g9i.large'), [2, 8]);
    assert.deepEqual(size('ecs.t6-c4m1.large'), [2, 0.5]);
    assert.deepEqual(size('ecs.t5-lc1m1.small'), [1, 1]);
    assert.deepEqual(size('ecs.e-c1m2.large'), [2, 4]);
    assert.deepEqual(instanceTypeShape('ecs.g8i.xlarge'), { cpu: 4, memoryMiB: 16384, family: 'ecs.g8i' });
  });

  it('covers the common families old and new', () => {
    const families = new Set(INSTANCE_FAMILIES.map((f) => f.family));
    for (const f of ['n4', 'sn1ne', 'sn2ne', 'g5', 'g6', 'g7', 'g8i', 'g9i', 'c5', 'c6', 'c7', 'r5', 'r6', 'r7', 't5', 't6', 'u1', 'e']) {
      assert.ok(families.has(`ecs.${f}`), f);
    }
  });

  it('every zone offers at least one type, every offered type exists, and every type is offered somewhere', () => {
    const offeredSomewhere = new Set<string>();
    for (const r of REGIONS) {
      for (const z of r.zones) {
        const types = zoneInstanceTypes(z);
        assert.ok(types.length > 0, z.zoneId);
        for (const t of types) {
          assert.ok(instanceTypeFact(t), `${z.zoneId} offers unknown ${t}`);
          offeredSomewhere.add(t);
        }
      }
    }
    assert.deepEqual(INSTANCE_TYPE_FACTS.map((t) => t.instanceType).filter((t) => !offeredSomewhere.has(t)), []);
  });

  it('every zone offers every type the sandbox offered before', () => {
    for (const t of OLD_INSTANCE_TYPES) assert.ok(INSTANCE_TYPES.includes(t), t);
    for (const r of REGIONS) for (const z of r.zones) for (const t of OLD_INSTANCE_TYPES) assert.ok(zoneOffersInstanceType(z.zoneId, t), `${z.zoneId} ${t}`);
  });

  it('offers ecs.n4.large in the common zones and ecs.g9i in the newest, not everywhere', () => {
    assert.ok(zoneOffersInstanceType('cn-hangzhou-h', 'ecs.n4.large'));
    assert.ok(zoneOffersInstanceType('cn-beijing-h', 'ecs.n4.large'));
    assert.ok(zoneOffersInstanceType('cn-shanghai-b', 'ecs.n4.large'));
    assert.ok(zonesOfferingInstanceType('cn-hangzhou', 'ecs.n4.large').length >= 2);
    assert.ok(zonesOfferingInstanceType('cn-hangzhou', 'ecs.g9i.large').length >= 1);
    assert.ok(!zoneOffersInstanceType('cn-hangzhou-b', 'ecs.g9i.large'), 'an old zone does not offer the newest family');
    assert.ok(!zoneOffersInstanceType('cn-hangzhou-h', 'ecs.nope.large'));
    assert.ok(!zoneOffersInstanceType('cn-nowhere-a', 'ecs.g7.large'));
  });

  it('DescribeZones entries list exactly the zone\'s types and their families', () => {
    const zone = findZone('cn-hangzhou', 'cn-hangzhou-b')!;
    const entry = zoneOffering(zone);
    assert.deepEqual(entry.AvailableInstanceTypes.InstanceTypes, instanceTypesOfZone(zone).map((t) => t.instanceType));
    assert.ok(entry.AvailableInstanceTypes.InstanceTypes.includes('ecs.n4.large'));
    assert.ok(!entry.AvailableInstanceTypes.InstanceTypes.includes('ecs.g9i.large'));
    const families = entry.AvailableResources.ResourcesInfo[0].InstanceTypeFamilies.supportedInstanceTypeFamily;
    assert.ok(families.includes('ecs.n4') && families.includes('ecs.g7'));
  });

  it('DescribeAvailableResource drops the zones that do not offer the requested type', () => {
    const region = findRegion('cn-hangzhou')!;
    const g9i = availableResources(region, { destination: 'InstanceType', instanceType: 'ecs.g9i.large' }).map((z) => z.ZoneId);
    assert.deepEqual(g9i, zonesOfferingInstanceType('cn-hangzhou', 'ecs.g9i.large').map((z) => z.zoneId));
    assert.ok(g9i.length > 0 && g9i.length < region.zones.length);
    const all = availableResources(region, { destination: 'Zone' }).map((z) => z.ZoneId);
    assert.deepEqual(all, region.zones.map((z) => z.zoneId));
  });
});

describe('catalogue: public images', () => {
  it('image ids are unique and keep the ids tests and examples use', () => {
    const ids = PUBLIC_IMAGES.map((i) => i.imageId);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of USED_IMAGES) assert.ok(ids.includes(id), id);
  });

  it('covers Ubuntu 18/20/22/24, CentOS 7/8, Alibaba Cloud Linux 2/3, Debian 10/11/12 and Windows Server 2019/2022', () => {
    for (const prefix of ['ubuntu_18', 'ubuntu_20', 'ubuntu_22', 'ubuntu_24', 'centos_7', 'centos_8', 'aliyun_2', 'aliyun_3', 'debian_10', 'debian_11', 'debian_12', 'win2019', 'win2022']) {
      assert.ok(PUBLIC_IMAGES.some((i) => i.imageId.startsWith(prefix)), prefix);
    }
    for (const i of PUBLIC_IMAGES) {
      assert.equal(i.osType, i.imageId.startsWith('win') ? 'windows' : 'linux', i.imageId);
      assert.ok(!Number.isNaN(Date.parse(i.creationTime)), i.imageId);
    }
  });

  it('most_recent with a name_regex picks exactly the newest matching image', () => {
    assert.deepEqual(findImages({ nameRegex: '^ubuntu_22_04_x64', mostRecent: true }).map((i) => i.imageId), ['ubuntu_22_04_x64_20G_alibase_20240130.vhd']);
    assert.deepEqual(findImages({ nameRegex: '^win2022', mostRecent: true }).map((i) => i.imageId), ['win2022_21H2_x64_dtc_en-us_40G_alibase_20240716.vhd']);
    assert.equal(findImages({ nameRegex: '^ubuntu' }).length, PUBLIC_IMAGES.filter((i) => i.imageId.startsWith('ubuntu')).length);
    assert.deepEqual(findImages({ nameRegex: '^nothing_like_this' }), []);
    assert.ok(findImages({ osType: 'windows' }).every((i) => i.osType === 'windows'));
  });

  it('no two builds of the same OS and architecture share a creation time, so "most recent" is never a tie', () => {
    const seen = new Set<string>();
    for (const i of PUBLIC_IMAGES) {
      const key = `${i.imageId.split('_').slice(0, 2).join('_')}/${i.architecture}/${i.creationTime}`;
      assert.ok(!seen.has(key), key);
      seen.add(key);
    }
  });
});
