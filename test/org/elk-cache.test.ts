import { existsSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { elkLayout, layoutCachePath } from '../../src/org/elk.js';

describe('ELK layout cache', () => {
  it('returns from the cache exactly what a new layout gives', () => {
    const graph = {
      id: 'cache-test',
      layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': 'DOWN' },
      children: [{ id: 'a', width: 40, height: 20 }, { id: 'b', width: 40, height: 20 }, { id: 'c', width: 60, height: 20 }],
      edges: [{ id: 'e1', sources: ['a'], targets: ['b'] }, { id: 'e2', sources: ['a'], targets: ['c'] }],
    };
    const file = layoutCachePath(JSON.stringify(graph));
    if (!file) throw new Error('no private cache folder on this machine');
    rmSync(file, { force: true });
    const fresh = elkLayout(structuredClone(graph));
    expect(existsSync(file)).toBe(true);
    const cached = elkLayout(structuredClone(graph));
    expect(cached).toEqual(fresh);
    expect(fresh.children?.map((n) => [n.id, n.x, n.y])).toEqual(cached.children?.map((n) => [n.id, n.x, n.y]));
    expect(fresh.children?.every((n) => typeof n.x === 'number' && typeof n.y === 'number')).toBe(true);
  });
});
