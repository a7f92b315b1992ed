/**
 * The shared network registry: a construct placed in a network (such as the NAT gateway, EIP, VPN
 * or peering constructs to come) finds the VPC, VSwitches, instances and route table through it,
 * without importing network.ts; and the construct modules import one way, with no cycle, type
 * imports included.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Testing } from 'cdktf';
import { Construct } from 'constructs';
import * as ts from 'typescript';
import { Network } from '../../constructs';
import { NetworkRegistry, type INetwork } from '../../constructs/network-registry';
import { constructionError, stackWith, ZONE_B } from './synth-helpers';

/** A stand-in for a connectivity construct: it knows only network-registry.ts. */
class FakeGateway extends Construct {
  public readonly seen: { vpcId: string; vswitches: string[]; instances: string[]; routeTableId: string };
  constructor(network: INetwork, id: string) {
    network.registry.checkChildId(id, 'gateway');
    super(network, id);
    const r = network.registry;
    this.seen = {
      vpcId: network.vpcId,
      vswitches: r.vswitches.map((v) => v.node.id),
      instances: r.instances.map((i) => i.node.id),
      routeTableId: r.systemRouteTable.routeTableId,
    };
    r.registerPart('Gateway', this);
    r.systemRouteTable.addRoute(`via-${id}`, { destination: '0.0.0.0/0', nextHop: 'i-bp1gateway' });
  }
}

describe('the network registry', () => {
  it('lets a construct that knows only the registry read the VPC, VSwitches, instances and route table, and add a route', () => {
    let net!: Network;
    let gw!: FakeGateway;
    const json = JSON.parse(
      Testing.synthScope((s) => {
        net = new Network(s, 'net', { cidrBlock: '10.0.0.0/16', vswitches: { a: { zoneId: ZONE_B }, b: { zoneId: ZONE_B } } });
        net.addInstance('web', { vswitch: net.vswitch('a') });
        gw = new FakeGateway(net, 'gw');
      }),
    );
    assert.equal(gw.seen.vpcId, net.vpcId);
    assert.deepEqual(gw.seen.vswitches, ['a', 'b']);
    assert.deepEqual(gw.seen.instances, ['web']);
    assert.equal(gw.seen.routeTableId, net.routeTableId);
    assert.deepEqual(net.registry.partsOf('Gateway'), [gw]);
    assert.deepEqual(net.registry.partsOf('Nat'), []);
    assert.equal(net.registry.routeTables.length, 1);
    assert.equal(net.registry.systemRouteTable, net.routes, 'one system route table, however it is reached');
    const route = Object.values<any>(json.resource.alicloud_route_entry)[0];
    assert.equal(route.destination_cidrblock, '0.0.0.0/0');
    assert.match(route.route_table_id, /^\$\{alicloud_vpc\.net_Vpc_[0-9A-F]{8}\.route_table_id\}$/);
  });

  it('finds the network of any construct inside it, and none outside', () => {
    stackWith((s) => {
      const net = new Network(s, 'net', { vswitches: { a: { zoneId: ZONE_B } } });
      const web = net.addInstance('web', { vswitch: net.vswitch('a') });
      assert.equal(NetworkRegistry.of(web.resource), net.registry);
      assert.equal(NetworkRegistry.of(net.vswitch('a')), net.registry);
      assert.equal(NetworkRegistry.of(net), net.registry);
      assert.equal(NetworkRegistry.of(s), undefined);
    });
  });

  it('keeps one namespace of ids for VSwitches, instances and other parts of a network', () => {
    const msg = constructionError((s) => {
      const net = new Network(s, 'net', { vswitches: { a: { zoneId: ZONE_B } } });
      new FakeGateway(net, 'a');
    });
    assert.match(msg, /test\/net\/a: gateway id "a" is already taken by a VSwitch of this network.*Fix: /);
    assert.match(constructionError((s) => new FakeGateway(new Network(s, 'net'), 'Routes')), /gateway id "Routes" is a name the Network keeps for its own parts/);
  });
});

const CONSTRUCTS_DIR = path.join(__dirname, '..', '..', 'constructs');

/** Every relative import and re-export of each hand-written constructs/*.ts module, `import type` included. */
function importGraph(dir: string): Map<string, string[]> {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts'));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const info = ts.preProcessFile(fs.readFileSync(path.join(dir, file), 'utf8'), true, true);
    const deps = info.importedFiles
      .map((f) => f.fileName)
      .filter((f) => f.startsWith('./'))
      .map((f) => (fs.existsSync(path.join(dir, `${f}.ts`)) ? `${f.slice(2)}.ts` : `${f.slice(2)}/index.ts`));
    graph.set(file, deps);
  }
  return graph;
}

/** The cycles of a graph, each as a path that returns to its start. */
function cyclesOf(graph: Map<string, string[]>): string[] {
  const cycles = new Set<string>();
  const walk = (node: string, trail: string[]): void => {
    const at = trail.indexOf(node);
    if (at >= 0) {
      cycles.add([...trail.slice(at), node].join(' -> '));
      return;
    }
    for (const next of graph.get(node) ?? []) walk(next, [...trail, node]);
  };
  for (const node of graph.keys()) walk(node, []);
  return [...cycles];
}

describe('the imports between the construct modules', () => {
  it('form no cycle, type imports included', () => {
    assert.deepEqual(cyclesOf(importGraph(CONSTRUCTS_DIR)), []);
  });

  it('would be caught by the cycle check, which sees `import type` too', () => {
    const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'cycle-'));
    try {
      fs.writeFileSync(path.join(dir, 'a.ts'), "import type { B } from './b';\nexport interface A { b: B }\n");
      fs.writeFileSync(path.join(dir, 'b.ts'), "import { type A } from './a';\nexport interface B { a?: A }\n");
      assert.deepEqual(cyclesOf(importGraph(dir)), ['a.ts -> b.ts -> a.ts', 'b.ts -> a.ts -> b.ts']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('point to network-registry.ts, never back to network.ts, from the constructs placed in a network', () => {
    const graph = importGraph(CONSTRUCTS_DIR);
    for (const file of ['network-instance.ts', 'route-table-routes.ts', 'network-registry.ts']) {
      assert.ok(!graph.get(file)!.includes('network.ts'), `${file} imports network.ts`);
    }
    assert.deepEqual(
      graph.get('network-registry.ts')!.filter((d) => d !== 'generated/index.ts'),
      [],
      'network-registry.ts imports another L2 module',
    );
  });
});
