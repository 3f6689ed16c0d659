import type { ProcessState, ProcessType } from '../../core/index';

/**
 * Icon outlines as SVG path data on a 24×24 grid, stroked 2 units wide with round ends. One source for the
 * SVG components and for canvas drawings (`new Path2D(d)`), so no picture depends on an emoji font: Linux lab
 * machines often have none. Shapes are bold and few so they read at 12 px.
 */
export const TYPE_PATH: Record<ProcessType, string> = {
  // a four-pointed spark
  AI_INFERENCE: 'M12 3l2.4 6.6L21 12l-6.6 2.4L12 21l-2.4-6.6L3 12l6.6-2.4z',
  // a bar chart on its axis
  DATA_PROCESSING: 'M4 20h16M7 16v-5M12 16V5M17 16V9',
  // two blocks chained
  BLOCKCHAIN_VALIDATOR: 'M2 7h7v10H2zM15 7h7v10h-7zM9 12h6',
  // a globe
  NETWORK_NODE: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18zM3 12h18M12 3c3.5 3.5 3.5 14.5 0 18M12 3c-3.5 3.5-3.5 14.5 0 18',
  // a cog: a ring with eight teeth
  SYSTEM:
    'M12 7a5 5 0 1 0 0 10a5 5 0 1 0 0-10zM12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9L7 7M17 17l2.1 2.1M4.9 19.1L7 17M17 7l2.1-2.1',
  // a head and shoulders
  USER: 'M12 4a4 4 0 1 0 0 8a4 4 0 1 0 0-8zM4 21c0-4 3.6-6 8-6s8 2 8 6',
};

export const STATE_PATH: Record<ProcessState, string> = {
  // a plus in a circle: just created
  NEW: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18zM12 8v8M8 12h8',
  // an hourglass: waiting for a CPU
  READY: 'M6 3h12M6 21h12M7 3v3l5 6l5-6V3M7 21v-3l5-6l5 6v3',
  // a play triangle
  RUNNING: 'M7 4l13 8l-13 8z',
  // a pause sign in a circle: blocked (I/O, a page, memory)
  WAITING: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18zM10 9v6M14 9v6',
  // a crescent moon: put to sleep
  SUSPENDED: 'M20 14.5A8.5 8.5 0 1 1 9.5 4a6.5 6.5 0 0 0 10.5 10.5z',
  // a crossed-out box: finished or killed
  TERMINATED: 'M5 5h14v14H5zM9 9l6 6M15 9l-6 6',
};

/** Names for people, used as the icons' accessible names. */
export const TYPE_LABEL: Record<ProcessType, string> = {
  AI_INFERENCE: 'AI inference',
  DATA_PROCESSING: 'Data processing',
  BLOCKCHAIN_VALIDATOR: 'Blockchain validator',
  NETWORK_NODE: 'Network node',
  SYSTEM: 'System',
  USER: 'User',
};

export const STATE_LABEL: Record<ProcessState, string> = {
  NEW: 'New',
  READY: 'Ready',
  RUNNING: 'Running',
  WAITING: 'Waiting',
  SUSPENDED: 'Suspended',
  TERMINATED: 'Terminated',
};
