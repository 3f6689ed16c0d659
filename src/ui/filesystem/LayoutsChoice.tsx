import { useMemo, useState } from 'react';
import type { FsConfig } from '../../core/fs/config';
import { layoutSetupOf } from '../../core/fs/layout/compareLayouts';
import { EXAMPLE_LAYOUT_SETUP, exampleLayoutWorkload } from '../../core/fs/layout/layoutExample';
import type { Scenario } from '../../core/scenario/types';
import { LayoutsPanel } from './LayoutsPanel';
import { scenarioWorkload, WorkloadChoice } from './WorkloadChoice';

/** The three layouts on the scenario's own file operations and disk, or on the example workload. */
export function LayoutsChoice({ scenario }: { scenario: Scenario }) {
  const config = scenario.fs as FsConfig;
  const own = useMemo(() => scenarioWorkload(scenario), [scenario]);
  const example = useMemo(() => exampleLayoutWorkload(), []);
  const setup = useMemo(() => layoutSetupOf(config), [config]);
  const why = own.length === 0 ? 'it has no file operations' : null;
  // A scenario that chose a layout is about layouts: its own operations first; otherwise the example.
  const [mine, setMine] = useState(config.layout !== undefined);
  const useOwn = mine && why === null;
  return (
    <div className="allocation-choice">
      <WorkloadChoice
        own={own.length}
        why={why}
        demo={`${example.length} operations on a ${EXAMPLE_LAYOUT_SETUP.blocks}-block disk in ${EXAMPLE_LAYOUT_SETUP.groups} groups`}
        mine={useOwn}
        onChoose={setMine}
      />
      <LayoutsPanel
        key={useOwn ? 'scenario' : 'example'}
        workload={useOwn ? own : example}
        setup={useOwn ? setup : EXAMPLE_LAYOUT_SETUP}
      />
    </div>
  );
}
