import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../graph';
import { seedFixtureScenario } from '../../graph/testing/graphHelpers';
import { storyOrder } from './storyOrder';
import { chainTarget } from './useChainKeys';

// Arrow keys along the chain (PRODUCT.md, "Hooks in the page"; issue 8).

const graph = buildGraph(seedFixtureScenario());
const order = storyOrder(graph.nodes).map((n) => n.id);
const step = (from: string, key: Parameters<typeof chainTarget>[3]) =>
  chainTarget(order, graph.edges, from, key);

describe('storyOrder', () => {
  it('tells the chain, then each policy’s services with their actions, then the resources', () => {
    const kinds = storyOrder(graph.nodes).map((n) => n.kind);
    expect(kinds.slice(0, 8)).toEqual([
      'principal',
      'instance-profile',
      'trust-policy',
      'sts',
      'credentials',
      'role',
      'permission-policy',
      'service',
    ]);
    expect(kinds.at(-1)).toBe('resource');
    expect(order.indexOf('action:ssm:getdocument')).toBeLessThan(
      order.indexOf('service:permission:0:ssmmessages'),
    );
  });
});

describe('chainTarget', () => {
  it('walks forward down the chain with Down or Right, back with Up or Left', () => {
    const chain = [
      'principal:service:ec2.amazonaws.com',
      'instance-profile',
      'trust:statement:1',
      'sts',
      'credentials',
      'role',
      'policy:permission:0',
      'service:permission:0:ssm',
    ];
    for (let i = 0; i + 1 < chain.length; i++) {
      expect(step(chain[i] ?? '', 'ArrowDown')).toBe(chain[i + 1]);
      expect(step(chain[i + 1] ?? '', 'ArrowUp')).toBe(chain[i]);
      expect(step(chain[i] ?? '', 'ArrowRight')).toBe(chain[i + 1]);
      expect(step(chain[i + 1] ?? '', 'ArrowLeft')).toBe(chain[i]);
    }
    expect(step(chain[0] ?? '', 'ArrowUp')).toBeUndefined();
  });

  it('moves between a service’s actions with Down/Up, to a resource with Right', () => {
    const first = step('service:permission:0:ssm', 'ArrowDown') ?? '';
    expect(first).toMatch(/^action:ssm:/);
    const second = step(first, 'ArrowDown') ?? '';
    expect(second).toMatch(/^action:ssm:/);
    expect(step(second, 'ArrowUp')).toBe(first);
    expect(step(first, 'ArrowRight')).toBe('resource:*');
    expect(step('resource:*', 'ArrowLeft')).toBe(first);
    expect(step(first, 'ArrowLeft')).toBe('service:permission:0:ssm');
  });

  it('ignores a node that is not drawn', () => {
    expect(step('nowhere', 'ArrowDown')).toBeUndefined();
  });
});
