/**
 * An older zone where the real cloud offers the newest families although the era rule would not:
 * the alibabacloud-automation SNAT module's complete example picks a 2 vCPU / 8 GiB ecs.g9i type
 * in cn-zhangjiakou's first zone, and passes on the real cloud (found by the corpus).
 */
import * as assert from 'node:assert/strict';
import { zoneOffersInstanceType, zonesOfferingInstanceType } from '../../../mock-server/domain/catalog';
import { zoneInstanceTypes, zoneOffering } from '../../../mock-server/domain/region-catalog';
import { findZone } from '../../../mock-server/domain/regions';

describe('catalogue: older zones that offer the newest families', () => {
  it('cn-zhangjiakou-a offers ecs.g9i.large, in the lookup and in its DescribeZones entry', () => {
    assert.ok(zoneOffersInstanceType('cn-zhangjiakou-a', 'ecs.g9i.large'));
    const zone = findZone('cn-zhangjiakou', 'cn-zhangjiakou-a')!;
    assert.ok(zoneInstanceTypes(zone).includes('ecs.g9i.large'));
    assert.ok(zoneOffering(zone).AvailableInstanceTypes.InstanceTypes.includes('ecs.g9i.large'));
    assert.equal(zonesOfferingInstanceType('cn-zhangjiakou', 'ecs.g9i.large')[0]?.zoneId, 'cn-zhangjiakou-a');
  });

  it('ap-southeast-5a offers ecs.g9i.large, the first zone of ap-southeast-5 to do so', () => {
    assert.ok(zoneOffersInstanceType('ap-southeast-5a', 'ecs.g9i.large'));
    assert.equal(zonesOfferingInstanceType('ap-southeast-5', 'ecs.g9i.large')[0]?.zoneId, 'ap-southeast-5a');
    assert.ok(!zoneOffersInstanceType('ap-southeast-5b', 'ecs.g9i.large'), 'ap-southeast-5b keeps the era rule');
  });

  it('keeps the legacy families there, and the era rule for the zone next to it', () => {
    assert.ok(zoneOffersInstanceType('cn-zhangjiakou-a', 'ecs.n4.large'), 'the exception adds families, it removes none');
    assert.ok(!zoneOffersInstanceType('cn-zhangjiakou-b', 'ecs.g9i.large'), 'cn-zhangjiakou-b is still an old zone without the newest families');
  });
});
