import { createSsd, ssdRead, ssdTrim, ssdUpkeep, ssdWrite } from '../../storage/ssd/ssdDevice';
import { explainSsdDecision } from '../../storage/ssd/ssdExplain';
import type { PageState, SsdConfig, SsdDecision, SsdFtl, SsdResult, SsdState } from '../../storage/ssd/ssdTypes';
import { wearSpread, writeAmplification } from '../../storage/ssd/ssdWear';
import { scriptFlags, type OstepScript } from '../script';
import { ssdCommands, type SsdCommand } from './ssdCommands';
import { SSD_FLAGS, type SsdOptions } from './ssdFlags';
import { argsText, d, dumpText, ftlColumns, statsText } from './ssdText';

/** One command as it ran: what it asked, what came back, and every decision it (and the upkeep after it) made. */
export interface SsdStep {
  index: number;
  command: string;
  result: string;
  ok: boolean;
  why: string[];
}

/** The answer of ssd.py -c as data, and ours beside it (wear, retired blocks, write amplification over time). */
export interface SsdAnswers {
  ftl: SsdFtl;
  config: SsdConfig;
  /** the first STEPS_KEPT commands, in order */
  steps: SsdStep[];
  stepsTotal: number;
  final: {
    page: PageState[];
    data: string[];
    forward: number[];
    erases: number[];
    retired: boolean[];
  };
  totals: { erases: number; writes: number; reads: number; hostWrites: number; time: number };
  /** physical page programs per successful host write, after each sampled command */
  writeAmplification: { op: number; value: number }[];
}

/** Commands whose steps the answer holds (the text holds them all). */
export const STEPS_KEPT = 2000;
/** Points of the write-amplification series at most. */
const SERIES_POINTS = 256;
const LIMITS = { pages: 1 << 20, logical: 1 << 20, cmds: 10_000_000, textChars: 64 << 20 };

const TOO_LONG = `the text would pass ${LIMITS.textChars} characters: ask for fewer commands (-n) or drop -F/-J`;

const fail = (error: string) => ({ ok: false as const, error });

function configError(v: SsdOptions): string | undefined {
  if (v.num_blocks < 1) return `-B/--num_blocks: at least 1 block (got ${v.num_blocks})`;
  if (v.pages_per_block < 1)
    return `-p/--pages_per_block: at least 1 page a block (got ${v.pages_per_block}; ssd.py divides by it)`;
  if (v.num_blocks * v.pages_per_block > LIMITS.pages)
    return `-B/--num_blocks × -p/--pages_per_block: at most ${LIMITS.pages} physical pages (got ${v.num_blocks * v.pages_per_block})`;
  if (v.num_logical_pages > LIMITS.logical)
    return `-l/--logical_pages: at most ${LIMITS.logical} (got ${v.num_logical_pages})`;
  if (v.num_cmds > LIMITS.cmds) return `-n/--num_cmds: at most ${LIMITS.cmds} commands (got ${v.num_cmds})`;
  const ours = v.wear_level !== 'none' || v.endurance !== 0;
  if (ours && v.ssd_type !== 'log')
    return '-w/--wear-level and -e/--endurance need -T log: the ideal and direct FTLs keep each page in its own place, so data cannot move off a block';
  if (v.wear_threshold < 0) return `-t/--wear-threshold: 0 or more (got ${v.wear_threshold})`;
  if (v.endurance < 0) return `-e/--endurance: 0 (no limit) or more (got ${v.endurance})`;
  return undefined;
}

const commandText = (c: SsdCommand): string =>
  c.op === 'r'
    ? `read(${c.address})`
    : c.op === 'w'
      ? `write(${c.address}, ${c.data})`
      : c.op === 't'
        ? `trim(${c.address})`
        : 'other';

/** Runs one command on the device, as ssd.py's main loop does. */
function runCommand(st: SsdState, c: SsdCommand, sink: ((x: SsdDecision) => void) | undefined): SsdResult | undefined {
  if (c.op === 'r') return ssdRead(st, c.address);
  if (c.op === 'w') return ssdWrite(st, c.address, c.data, sink);
  if (c.op === 't') return ssdTrim(st, c.address);
  return undefined;
}

/** The line -C (or -q with -c) prints for a command, or -q's question. */
function commandLine(
  op: number,
  c: Exclude<SsdCommand, { op: 'other' }>,
  r: SsdResult,
  v: SsdOptions,
  show: boolean,
): string {
  if (!show && !v.quiz_cmds) return '';
  const n = d(op, 3);
  if (show) {
    if (c.op === 'r') return `cmd ${n}:: read(${c.address}) -> ${r.text}\n`;
    if (c.op === 'w') return `cmd ${n}:: write(${c.address}, ${c.data}) -> ${r.text}\n`;
    return `cmd ${n}:: trim(${c.address}) -> ${r.text}\n`;
  }
  if (c.op === 'r') return `cmd ${n}:: read(${c.address}) -> ??\n`;
  return c.op === 'w' ? `cmd ${n}:: command(??) -> ??\n` : `cmd ${op}:: command(??) -> ??\n`;
}

/** Our figures after -S when one of our flags is on: wear, retired blocks, write amplification. */
function wearText(st: SsdState, v: SsdOptions): string {
  const s = wearSpread(st);
  const retired = st.retired.flatMap((r, b) => (r ? [b] : []));
  const wa = writeAmplification(st);
  return [
    `Wear (ours: --wear-level ${v.wear_level}, --wear-threshold ${v.wear_threshold}, --endurance ${v.endurance})\n`,
    `  Erase spread ${s.spread} (least ${s.least}, most ${s.most})\n`,
    `  Retired blocks ${retired.length === 0 ? '(none)' : retired.join(', ')}\n`,
    `  Write amplification ${wa === undefined ? '-' : wa.toFixed(2)} (${st.writeSum} page programs for ${st.hostWrites} host writes)\n\n`,
  ].join('');
}

/**
 * OSTEP's ssd.py: a workload (-L, or drawn from the seed) on our SSD (src/core/storage/ssd) with the FTL of -T, its
 * text as ssd.py prints it (-C, -F, -J, -q, -S, -c); with our flags, wear levelling and blocks that wear out.
 */
export const ssdScript: OstepScript<SsdAnswers, typeof SSD_FLAGS> = {
  ...scriptFlags({ name: 'ssd', path: 'file-ssd/ssd.py', runsOn: 'on our SSD model' }, SSD_FLAGS, {
    width: 22,
    nextLineFrom: 22,
  }),
  solve(v: SsdOptions) {
    const bad = configError(v);
    if (bad) return fail(bad);
    const cmds = ssdCommands(v);
    if (typeof cmds === 'string') return fail(cmds);
    const ours = v.wear_level !== 'none' || v.endurance !== 0;
    const config: SsdConfig = {
      ftl: v.ssd_type,
      logicalPages: v.num_logical_pages,
      blocks: v.num_blocks,
      pagesPerBlock: v.pages_per_block,
      eraseTime: v.erase_time,
      programTime: v.program_time,
      readTime: v.read_time,
      highWater: v.high_water_mark,
      lowWater: v.low_water_mark,
      gcRule: ours ? 'safe' : 'ostep',
      wearLevel: v.wear_level,
      wearThreshold: v.wear_threshold,
      endurance: v.endurance,
    };
    const st = createSsd(config);
    const out: string[] = [argsText(v)];
    let chars = 0;
    const dump = (): string | undefined => {
      if (ftlColumns(st) === 0 && st.forward.some((p) => p !== -1))
        return '-B/--num_blocks × -p/--pages_per_block: fewer than 7 physical pages, and ssd.py divides by int(pages / 7) when it prints a mapping (ZeroDivisionError)';
      const t = dumpText(st);
      chars += t.length;
      out.push(t);
      return chars > LIMITS.textChars ? TOO_LONG : undefined;
    };
    let error = dump();
    out.push('\n');
    const showState = v.show_state || v.quiz_cmds;
    const showCmds = v.show_cmds || (v.quiz_cmds && v.solve);
    const steps: SsdStep[] = [];
    const series: { op: number; value: number }[] = [];
    const every = Math.max(1, Math.ceil(cmds.count / SERIES_POINTS));
    let why: string[] | undefined;
    const sink =
      v.show_gc || cmds.count > 0
        ? (x: SsdDecision) => {
            if (why && steps.length < STEPS_KEPT) why.push(explainSsdDecision(x));
            if (!v.show_gc || error) return;
            if (x.kind === 'gc-move') {
              const t = `gc ${x.pass}:: read(physical_page=${x.from})\ngc ${x.pass}:: write()\n`;
              chars += t.length;
              out.push(t);
            }
            if (x.kind === 'gc-erase') {
              out.push(`gc ${x.pass}:: erase(block=${x.block})\n`);
              if (v.show_state) {
                out.push('\n');
                error = dump();
                out.push('\n');
              }
            }
          }
        : undefined;
    let op = 0;
    let index = 0;
    for (const c of cmds.items()) {
      if (error) break;
      if (typeof c === 'string') return fail(c);
      why = steps.length < STEPS_KEPT ? [] : undefined;
      const r = runCommand(st, c, sink);
      if (r && !r.ok && r.errno === 'EFAULT')
        return fail(`-l/--logical_pages: ${r.text} (ssd.py fails with a KeyError)`);
      if (r && c.op !== 'other') {
        const line = commandLine(op, c, r, v, showCmds);
        chars += line.length;
        out.push(line);
        op++;
      }
      if (showState) {
        out.push('\n');
        error = dump();
        out.push('\n');
      }
      if (!error) ssdUpkeep(st, sink);
      if (why) steps.push({ index, command: commandText(c), result: r?.text ?? '', ok: r?.ok ?? true, why });
      index++;
      const wa = writeAmplification(st);
      if (wa !== undefined && (index % every === 0 || index === cmds.count)) series.push({ op: index, value: wa });
      if (chars > LIMITS.textChars) error = TOO_LONG;
    }
    if (!error && !showState) {
      out.push('\n');
      error = dump();
    }
    if (error) return fail(error);
    out.push('\n');
    if (v.show_stats) out.push(statsText(st), '\n');
    if (v.show_stats && ours) out.push(wearText(st, v));
    const answer: SsdAnswers = {
      ftl: config.ftl,
      config,
      steps,
      stepsTotal: index,
      final: {
        page: [...st.page],
        data: [...st.data],
        forward: [...st.forward],
        erases: [...st.erases],
        retired: [...st.retired],
      },
      totals: {
        erases: st.eraseSum,
        writes: st.writeSum,
        reads: st.readSum,
        hostWrites: st.hostWrites,
        time: st.eraseSum * config.eraseTime + st.writeSum * config.programTime + st.readSum * config.readTime,
      },
      writeAmplification: series,
    };
    return { ok: true, answer, text: out.join('') };
  },
};
