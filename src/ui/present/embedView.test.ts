import { describe, expect, it } from 'vitest';
import { embedView } from './embedView';

describe('embedView', () => {
  it('reads the view of an embed link', () => {
    expect(embedView('?embed=1&view=gantt')).toBe('gantt');
    expect(embedView('?view=memory&embed=1')).toBe('memory');
    expect(embedView('embed=1&view=queues')).toBe('queues');
    expect(embedView('?embed=true&view=TABLE')).toBe('table');
    expect(embedView('?embed=1&view=compare&s=abc')).toBe('compare');
  });

  it('falls back to the Gantt chart for a missing or unknown view', () => {
    expect(embedView('?embed=1')).toBe('gantt');
    expect(embedView('?embed')).toBe('gantt');
    expect(embedView('?embed=1&view=<script>')).toBe('gantt');
    expect(embedView('?embed=1&view=constructor')).toBe('gantt');
  });

  it('is null (the full app) without embed=1', () => {
    expect(embedView('')).toBeNull();
    expect(embedView('?view=gantt')).toBeNull();
    expect(embedView('?embed=0&view=gantt')).toBeNull();
    expect(embedView('?embed=yes')).toBeNull();
  });
});
