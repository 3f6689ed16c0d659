import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SequenceData } from '../../protocol';
import { SequenceDiagram } from './SequenceDiagram';
import { messageText, sequenceModel, sequenceSummary, shownMessages } from './sequenceModel';
import { panelsAt } from './testing/panelsData';

const [at560] = panelsAt([560]);
const at560Data = at560?.sequence as SequenceData;

/** A hand-made window: n0 sends to n2 (delivered), n1 to n0 (lost at n1), n2 to n1 (on its way), a crash of n1. */
const small: SequenceData = {
  view: 'sequence',
  tick: 100,
  nodes: ['n0', 'n1', 'n2'],
  from: 0,
  to: 100,
  messages: [
    { id: 0, kind: 'data', from: 0, to: 2, sentAt: 10, ends: [{ kind: 'delivered', tick: 30, node: 2 }] },
    {
      id: 1,
      kind: 'heartbeat',
      from: 1,
      to: 0,
      sentAt: 40,
      ends: [{ kind: 'lost', tick: 40, node: 1, reason: 'partition' }],
    },
    { id: 2, kind: 'gossip', from: 2, to: 1, sentAt: 90, ends: [] },
  ],
  faults: [{ tick: 50, kind: 'crash', nodes: [1], text: 'n1 crashes' }],
  sent: 3,
  narrowed: false,
};

describe('sequenceModel', () => {
  it('places each copy as an arrow from its send to its end, time running right and a lifeline per node', () => {
    const m = sequenceModel(small, small.messages, 544);
    expect(m.lanes.map((l) => l.name)).toEqual(['n0', 'n1', 'n2']);
    const y = m.lanes.map((l) => l.y);
    const x = (t: number) => m.left + (t / 100) * (m.right - m.left);
    expect(m.arrows).toEqual([
      { key: '0.0', id: 0, kind: 'data', x1: x(10), y1: y[0], x2: x(30), y2: y[2], end: 'delivered' },
      { key: '1.0', id: 1, kind: 'heartbeat', x1: x(40), y1: y[1], x2: x(40), y2: y[1], end: 'lost' },
      // on its way: dashed to its receiver's line at the cursor
      { key: '2', id: 2, kind: 'gossip', x1: x(90), y1: y[2], x2: x(100), y2: y[1], end: 'onTheWay' },
    ]);
    expect(m.cursorX).toBe(m.right);
    expect(m.marks).toEqual([{ key: '50.0', x: x(50), ys: [y[1]], kind: 'crash', text: 'n1 crashes' }]);
    expect(m.axis[0]).toEqual({ x: m.left, tick: 0 });
  });

  it('names a message and its fate in words, and sums the window up', () => {
    expect(small.messages.map((msg) => messageText(msg, small.nodes))).toEqual([
      'data #0 from n0 to n2, sent at 10: delivered at 30',
      'heartbeat #1 from n1 to n0, sent at 40: lost at n1 at 40: the link is cut by a partition',
      'gossip #2 from n2 to n1, sent at 90: on its way',
    ]);
    expect(sequenceSummary(small, small.messages)).toBe(
      'Message sequence of 3 nodes, ticks 0 to 100, at tick 100. 3 messages shown: 1 delivered, 1 lost, 0 rejected, 0 second copies dropped, 1 on the way. Faults: at 50 n1 crashes.',
    );
    expect(shownMessages(small, false).map((msg) => msg.id)).toEqual([0, 2]);
  });

  it('groups the digits of late ticks, in words and on the axis', () => {
    const late: SequenceData = {
      ...small,
      tick: 12_100,
      from: 12_000,
      to: 12_100,
      messages: [{ ...small.messages[0]!, sentAt: 12_010, ends: [{ kind: 'delivered', tick: 12_030, node: 2 }] }],
      faults: [],
    };
    expect(messageText(late.messages[0]!, late.nodes)).toBe(
      'data #0 from n0 to n2, sent at 12,010: delivered at 12,030',
    );
    expect(sequenceSummary(late, late.messages)).toMatch(
      /^Message sequence of 3 nodes, ticks 12,000 to 12,100, at tick 12,100\./,
    );
    render(<SequenceDiagram data={late} />);
    expect(screen.getByText('Message sequence up to tick 12,100')).toBeInTheDocument();
    expect(screen.getByText('12,000', { selector: 'text' })).toBeInTheDocument();
  });

  it('from the preset at 560: rejections are named with their reason', () => {
    const data = at560Data;
    const tampered = data.messages.find((msg) =>
      msg.ends.some((e) => e.kind === 'rejected' && e.reason === 'tampered'),
    );
    expect(tampered && messageText(tampered, data.nodes)).toMatch(
      /rejected by n2 at \d+: tampered \(signed by its sender, but changed after it was signed\)$/,
    );
  });
});

describe('SequenceDiagram', () => {
  it('draws the window with its summary as the picture’s name and lists the messages in it', () => {
    // the latest 40 messages of the preset's window, so the roles are quick to query
    const data = { ...at560Data, messages: at560Data.messages.slice(-40) };
    render(<SequenceDiagram data={data} />);
    expect(screen.getByRole('group', { name: 'Message sequence up to tick 560' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: sequenceSummary(data, data.messages) })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Messages in view', hidden: true });
    expect(list.querySelectorAll('li > button')).toHaveLength(data.messages.length);
  });

  it('names the message focused in the list or pointed at, and can leave the protocol’s heartbeats out', async () => {
    const user = userEvent.setup();
    const { container } = render(<SequenceDiagram data={small} />);
    await user.click(screen.getByText('Messages in view (3)'));
    await user.tab();
    expect(screen.getByRole('button', { name: /^data #0/ })).toHaveFocus();
    expect(
      screen.getByText('data #0 from n0 to n2, sent at 10: delivered at 30', { selector: '.net-picked' }),
    ).toBeInTheDocument();
    fireEvent.mouseEnter(container.querySelectorAll('.seq-arrow')[2] as Element);
    expect(screen.getByText(/^gossip #2 .*on its way$/, { selector: '.net-picked' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Show joins and heartbeats' }));
    expect(screen.getByText('Messages in view (2)')).toBeInTheDocument();
    expect(container.querySelectorAll('.seq-lost')).toHaveLength(0);
  });
});
