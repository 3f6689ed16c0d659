import { describe, expect, it } from 'vitest';
import { timelineOf } from '../testing/timelineOf';
import { processLook } from '../theme/processLook';
import { AXIS_HEIGHT, type GanttLayout } from './ganttLayout';
import { STATE_KIND } from '../../protocol';
import { exportFrame, keyItems } from './ganttKey';
import { ganttSvg } from './ganttSvg';
import { toGanttRows } from './toGanttRows';

const layout = (viewStart: number, viewEnd: number, lanes = 1): GanttLayout => ({
  width: 880,
  height: AXIS_HEIGHT + 28 * lanes,
  viewStart,
  viewEnd,
  laneHeight: 28,
  labelWidth: 130,
  devicePixelRatio: 1,
  scale: 1,
});
const count = (svg: string, re: RegExp) => (svg.match(re) ?? []).length;

describe('ganttSvg', () => {
  // P3 runs 0–10, a switch to P4 10–11, idle 11–20; P4 runs 20–30.
  const rows = [
    [0, 0, 10, 3, 0],
    [0, 10, 11, 4, 1],
    [0, 11, 20, -1, 2],
    [0, 20, 30, 4, 0],
  ];

  it('draws one bar rect per bar in view, and none outside it', () => {
    const model = toGanttRows({ timeline: timelineOf(rows), cpus: 1, processes: [], processLanes: false, tick: 30 });
    expect(count(ganttSvg(model, layout(0, 30)), /<rect class="bar[ "]/g)).toBe(4);
    // ticks 12–18 hold only the idle bar
    const zoomed = ganttSvg(model, layout(12, 18));
    expect(count(zoomed, /<rect class="bar[ "]/g)).toBe(1);
    expect(zoomed).toContain('class="bar idle"');
    expect(count(ganttSvg(model, layout(0, 30)), /data-pid="3"/g)).toBe(1);
  });

  it('groups the digits of its axis labels', () => {
    const long = [[0, 0, 25_000, 3, 0]];
    const model = toGanttRows({
      timeline: timelineOf(long),
      cpus: 1,
      processes: [],
      processLanes: false,
      tick: 25_000,
    });
    const svg = ganttSvg(model, layout(0, 25_000));
    expect(svg).toMatch(/>10,000<\/text>/);
    expect(svg).not.toMatch(/>\d{4,}<\/text>/);
  });

  it('uses the process colours and labels wide bars', () => {
    const model = toGanttRows({ timeline: timelineOf(rows), cpus: 1, processes: [], processLanes: false, tick: 15 });
    const svg = ganttSvg(model, layout(0, 30));
    expect(svg).toContain(`fill="${processLook(3).color}"`);
    expect(svg).toMatch(/>P3<\/text>/);
    expect(svg).toMatch(/>CPU 0<\/text>/);
    expect(svg).toContain('class="cursor"');
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
  });

  it('escapes every text it writes: lane labels (process names) and the title', () => {
    const evil = `<script>alert("x")</script> & 'co'`;
    const model = toGanttRows({
      timeline: timelineOf([[0, 0, 10, 1, 0]]),
      cpus: 1,
      processes: [{ pid: 1, name: evil, type: 'USER' }],
      processLanes: true,
      tick: 10,
    });
    const svg = ganttSvg(model, { ...layout(0, 10, 2), labelWidth: 1000, width: 1200 }, undefined, `Gantt: ${evil}`);
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('"x"');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;co&apos;');
    // well-formed: parses as XML without errors
    if (typeof DOMParser !== 'undefined') {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    }
  });

  it('defines each pattern once and uses the theme colours', () => {
    // pids 9.. have stripes (index 9–17 of the look table)
    const model = toGanttRows({
      timeline: timelineOf([
        [0, 0, 10, 9, 0],
        [0, 10, 20, 9, 0],
        [0, 20, 30, -1, 2],
      ]),
      cpus: 1,
      processes: [],
      processLanes: false,
      tick: 30,
    });
    const colors = {
      ...({} as Record<string, string>),
      background: '#101010',
      laneAlt: '#111',
      grid: '#222',
      text: '#eee',
      muted: '#ccc',
      idle: '#333',
      idleHatch: '#555',
      switch: '#ddd',
      switchMark: '#000',
      cursor: '#f00',
    };
    const svg = ganttSvg(model, layout(0, 30), colors);
    expect(count(svg, /<pattern id="p-stripes-/g)).toBe(2); // the process's ink and the idle hatch
    expect(svg).toContain('fill="#101010"');
    expect(svg).toContain('fill="#333"');
  });

  it('carries a title and a legend of processes and states when exported', () => {
    const processes = [{ pid: 1, name: 'etl', type: 'USER' as const }];
    const model = toGanttRows({
      timeline: timelineOf([[0, 0, 8, 1, 0]]),
      cpus: 1,
      processes,
      processLanes: true,
      tick: 12,
      states: timelineOf([
        [1, 0, 8, STATE_KIND.running, 0],
        [1, 8, 12, STATE_KIND.waitingMemory, -1],
      ]),
    });
    const l = layout(0, 12, 2);
    const frame = exportFrame('Swapping: FIFO', keyItems(model, processes), l.width, l.height, 1);
    const svg = ganttSvg(model, l, undefined, 'Gantt chart: Swapping: FIFO', frame);
    expect(svg).toMatch(/<text class="export-title"[^>]*>Swapping: FIFO<\/text>/);
    expect(svg).toContain('>P1 etl</text>');
    expect(svg).toContain('>waiting for a page (page fault)</text>');
    expect(svg).toContain(`data-state="${STATE_KIND.waitingMemory}"`);
    expect(svg).toContain(`height="${frame.height}"`);
  });
});
