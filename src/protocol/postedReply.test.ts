import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProcessMetrics } from '../core/index';
import { scenarioOf } from '../core/testing/scenarioOf';
import type { FromSim, ScenarioFacts } from './messages';
import type { WireFrame } from './frame';
import { PROCESSES_PER_POST, postedReplies, replyReceiver, ROWS_PER_POST, scenarioJsonOf } from './postedReply';

const scenario = scenarioOf({ policy: 'RR', quantum: 2 }, [{ bursts: [5, 3, 2] }, { arrival: 1, bursts: [4] }]);
const facts = { scheduler: 'RR' } as ScenarioFacts;
const scenarioJson = JSON.stringify(scenario);

/** A scenario of PROCESSES_PER_POST + 1 processes, the first arriving at `first`. */
const many = (first: number) =>
  scenarioOf(
    { policy: 'FIFO' },
    Array.from({ length: PROCESSES_PER_POST + 1 }, (_, k) => ({ arrival: first + k, bursts: [1] })),
  );

/** A frame whose patch changes `n` rows; the rest of the frame travels as it is, so a tick stands in for it. */
function frameWith(n: number): WireFrame {
  const changed = Array.from({ length: n }, (_, i): [number, ProcessMetrics] => [i, { pid: i + 1 } as ProcessMetrics]);
  const again = { unarrived: new Int32Array([n]), ended: new Int32Array(0) };
  return { tick: 3, processPatch: { count: n + 1, changed, again } } as unknown as WireFrame;
}

/** What the page reads from the worker's messages, each cloned as postMessage does. */
function throughTheWire(reply: FromSim): { messages: number; received: FromSim[] } {
  const receive = replyReceiver();
  const posted = postedReplies(reply);
  const received = posted.flatMap((p) => receive(structuredClone(p)) ?? []);
  return { messages: posted.length, received };
}

describe('postedReplies / replyReceiver', () => {
  it('posts a loaded or operated reply with its scenario as text only, and reads back the reply made', () => {
    const frame = frameWith(2);
    const replies: FromSim[] = [
      { type: 'loaded', id: 2, frame, scenario, scenarioJson, facts, shared: {} },
      { type: 'operated', id: 3, frame, scenario, scenarioJson, facts, narration: [] },
    ];
    for (const reply of replies) {
      const [posted] = postedReplies(reply);
      expect(posted && 'scenario' in posted).toBe(false);
      expect(posted).toMatchObject({ scenarioJson, facts });
      expect(throughTheWire(reply).received).toEqual([reply]);
    }
  });

  it('sends a scenario of more than PROCESSES_PER_POST processes ahead in pieces, its text around them with the reply, and reads back the same reply', () => {
    const bursts = Array.from({ length: 2 * PROCESSES_PER_POST + 1 }, (_, i) => ({
      arrival: i,
      bursts: [1 + (i % 7)],
    }));
    const large = scenarioOf({ policy: 'RR', quantum: 2 }, bursts);
    const largeJson = scenarioJsonOf(large);
    // The same text, key order included, as JSON.stringify writes whole: the autosave's text does not change.
    expect(largeJson).toBe(JSON.stringify(large));
    const reply: FromSim = {
      type: 'operated',
      id: 9,
      frame: frameWith(1),
      scenario: large,
      scenarioJson: largeJson,
      facts,
      narration: [],
    };
    const posted = postedReplies(reply);
    expect(posted.map((p) => p.type)).toEqual(['processes', 'processes', 'processes', 'operated']);
    // The whole text is not posted: the page puts it together from the pieces.
    expect(posted.at(-1)).not.toHaveProperty('scenarioJson');
    const last = posted.at(-1);
    expect(last && 'scenarioAround' in last && JSON.parse(last.scenarioAround.join(''))).toEqual({
      ...large,
      processes: [],
    });
    const { received } = throughTheWire(reply);
    expect(received).toEqual([reply]);
    // The keys in the order of the whole text's: the page's object reads as the text it autosaves.
    expect(received[0] && 'scenario' in received[0] && JSON.stringify(received[0].scenario)).toBe(largeJson);
  });

  it('writes any scenario as JSON.stringify does, however many its processes and whatever its names', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 * PROCESSES_PER_POST + 2 }),
        fc.string(),
        fc.constantFrom('start', 'end'),
        (n, name, place) => {
          const s = { ...many(0), name: `"processes":"\\u0000"${name}` };
          const { processes, ...others } = s;
          const moved =
            place === 'start'
              ? { processes: processes.slice(0, n), ...others }
              : { ...s, processes: processes.slice(0, n) };
          expect(scenarioJsonOf(moved)).toBe(JSON.stringify(moved));
          const reply: FromSim = {
            type: 'loaded',
            id: 1,
            frame: frameWith(0),
            scenario: moved,
            scenarioJson: scenarioJsonOf(moved),
            facts,
          };
          const [received] = throughTheWire(reply).received;
          expect(received && 'scenarioJson' in received && received.scenarioJson).toBe(JSON.stringify(moved));
        },
      ),
      { numRuns: 12 },
    );
  });

  it('sends all the rows ahead in messages of their own when there are more than ROWS_PER_POST', () => {
    const reply: FromSim = { type: 'frame', id: 4, frame: frameWith(2 * ROWS_PER_POST + 1) };
    const posted = postedReplies(reply);
    expect(posted.map((p) => p.type)).toEqual(['rows', 'rows', 'rows', 'frame']);
    expect(
      posted.map((p) => (p.type === 'rows' ? p.rows.length : 'frame' in p && p.frame.processPatch.changed.length)),
    ).toEqual([ROWS_PER_POST, ROWS_PER_POST, 1, 0]);
    const small: FromSim = { type: 'frame', id: 5, frame: frameWith(ROWS_PER_POST) };
    expect(postedReplies(small)).toEqual([small]);
  });

  it('any reply reads back as the worker made it, whatever its number of rows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 * ROWS_PER_POST + 2 }), fc.boolean(), (n, loaded) => {
        const frame = frameWith(n);
        const reply: FromSim = loaded
          ? { type: 'loaded', id: 6, frame, scenario, scenarioJson, facts }
          : { type: 'frame', id: 6, frame };
        const { messages, received } = throughTheWire(reply);
        expect(received).toEqual([reply]);
        expect(messages).toBe(n > ROWS_PER_POST ? Math.ceil(n / ROWS_PER_POST) + 1 : 1);
      }),
      { numRuns: 40 },
    );
  });

  it('keeps the rows of one reply apart from another', () => {
    const receive = replyReceiver();
    const a: FromSim = { type: 'frame', id: 7, frame: frameWith(ROWS_PER_POST + 3) };
    const b: FromSim = { type: 'frame', id: 8, frame: frameWith(ROWS_PER_POST + 5) };
    const [a1, a2, a3] = postedReplies(a);
    const [b1, b2, b3] = postedReplies(b);
    const order = [a1, b1, b2, a2, b3, a3];
    expect(order.map((p) => p && receive(structuredClone(p)))).toEqual([null, null, null, null, b, a]);
  });

  it("keeps the processes of one reply's scenario apart from another's", () => {
    const receive = replyReceiver();
    const [a, b] = [many(0), many(7)].map((s, i): FromSim => ({
      type: 'loaded',
      id: 10 + i,
      frame: frameWith(0),
      scenario: s,
      scenarioJson: scenarioJsonOf(s),
      facts,
    }));
    const [a1, a2, a3] = postedReplies(a!);
    const [b1, b2, b3] = postedReplies(b!);
    const order = [a1, b1, a2, b2, b3, a3];
    expect(order.map((p) => p && receive(structuredClone(p)))).toEqual([null, null, null, null, b, a]);
  });
});
