import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, unknownViewMessage } from './route';
import { STAGE_PANELS, VIEW_NAMES, panelHolding } from './views';

describe('routes', () => {
  it('reads a view and its panel', () => {
    expect(parseRoute('#/memory/mmu')).toEqual({ kind: 'view', view: 'memory', panel: 'mmu' });
    expect(parseRoute('#/compare')).toEqual({ kind: 'view', view: 'compare' });
  });

  it('keeps the view when the panel is not one of its panels', () => {
    expect(parseRoute('#/simulate/mmu')).toEqual({ kind: 'view', view: 'simulate' });
  });

  it('names a view that does not exist, and leaves share links alone', () => {
    expect(parseRoute('#/gannt')).toEqual({ kind: 'unknown', name: 'gannt' });
    expect(parseRoute('#s=abc')).toEqual({ kind: 'none' });
    expect(parseRoute('')).toEqual({ kind: 'none' });
    expect(parseRoute('#/')).toEqual({ kind: 'none' });
    expect(parseRoute('#/%E0%A4%A')).toEqual({ kind: 'unknown', name: '%E0%A4%A' });
    expect(unknownViewMessage('gannt')).toMatch(/“gannt”.*simulate, memory, files, network, workload/);
  });

  it('does not take an inherited property for a view', () => {
    expect(parseRoute('#/constructor')).toEqual({ kind: 'unknown', name: 'constructor' });
    expect(parseRoute('#/__proto__')).toEqual({ kind: 'unknown', name: '__proto__' });
  });

  it('reads back every route it writes', () => {
    const routes = VIEW_NAMES.flatMap((view) => [
      { view, panel: undefined },
      ...(STAGE_PANELS[view] ?? []).map((p) => ({ view, panel: p.id })),
    ]);
    fc.assert(
      fc.property(fc.constantFrom(...routes), ({ view, panel }) => {
        const back = parseRoute(routeHash(view, panel));
        expect(back).toEqual(panel === undefined ? { kind: 'view', view } : { kind: 'view', view, panel });
      }),
    );
  });

  it('finds the panel a lesson step points at', () => {
    expect(panelHolding('simulate', 'Queues')).toBe('queues');
    expect(panelHolding('memory', 'Compare page-replacement policies')).toBe('replacement');
    expect(panelHolding('memory', 'Memory grid')).toBeUndefined();
    expect(panelHolding('simulate', 'Gantt chart')).toBeUndefined();
  });
});
