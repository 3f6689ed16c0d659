import { describe, expect, it } from 'vitest';
import type { ProcessMetrics, SummaryMetrics } from '../../core/index';
import { csvField, toCsv } from './csv';
import { metricsCsv } from './metricsCsv';

const proc = (pid: number, name: string, extra: Partial<ProcessMetrics> = {}): ProcessMetrics => ({
  pid,
  name,
  type: 'USER',
  state: 'TERMINATED',
  priority: 0,
  arrival: 0,
  burstTotal: 5,
  cpuTime: 5,
  remaining: 0,
  ioTime: 0,
  readyTime: 2,
  suspendedTime: 0,
  firstRun: 2,
  completion: 7,
  turnaround: 7,
  waiting: 2,
  response: 2,
  contextSwitches: 1,
  pageFaults: 0,
  networkMbps: 0,
  deadline: null,
  deadlineMissed: false,
  killed: false,
  level: 0,
  cpu: null,
  gpus: [],
  ...extra,
});
const summary: SummaryMetrics = {
  ticks: 12,
  completed: 1,
  avgTurnaround: 7,
  avgWaiting: 2 / 3,
  avgResponse: null,
  throughput: 8.333333,
  cpuUtilization: 0.91666,
  perCpuUtilization: [0.91666],
  perGpuUtilization: [],
  contextSwitches: 2,
  switchTicks: 1,
  deadlineMisses: 0,
};

describe('csv fields (RFC 4180)', () => {
  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField(null)).toBe('');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(true)).toBe('true');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@sum')).toBe("'@sum");
  });

  it('ends every record with CRLF', () => {
    expect(
      toCsv([
        ['a', 1],
        ['b', null],
      ]),
    ).toBe('a,1\r\nb,\r\n');
  });
});

describe('metricsCsv', () => {
  it('writes a header, one row per process in pid order, then the summary', () => {
    const csv = metricsCsv({
      tick: 12,
      policy: 'RR',
      processes: [proc(2, 'b'), proc(1, 'web, "api"', { completion: null, turnaround: null })],
      summary,
    });
    const lines = csv.split('\r\n');
    expect(lines[0]).toMatch(
      /^pid,name,type,state,priority,arrival,burst total,cpu time,io time,waiting,first run,completion,turnaround,response,/,
    );
    expect(lines[1]).toBe('1,"web, ""api""",USER,TERMINATED,0,0,5,5,0,2,2,,,2,1,0,,false,false');
    expect(lines[2]?.startsWith('2,b,')).toBe(true);
    expect(lines[3]).toBe('');
    expect(lines).toContain('metric,value');
    expect(lines).toContain('tick,12');
    expect(lines).toContain('policy,RR');
    expect(lines).toContain('average waiting (ticks),0.67');
    expect(lines).toContain('average response (ticks),');
    expect(lines).toContain('cpu utilisation (%),91.67');
    expect(lines).toContain('cpu 0 utilisation (%),91.67');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
