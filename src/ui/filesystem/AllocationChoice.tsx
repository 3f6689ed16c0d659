import { useMemo, useState } from 'react';
import { EXAMPLE_ALLOCATION_GEOMETRY, exampleAllocationWorkload } from '../../core/fs/allocation/example';
import type { FsConfig } from '../../core/fs/config';
import type { Scenario } from '../../core/scenario/types';
import { AllocationPanel } from './AllocationPanel';
import { scenarioWorkload, WorkloadChoice } from './WorkloadChoice';

/** The allocation strategies on the scenario's own file operations and disk size, or on the example workload. */
export function AllocationChoice({ scenario }: { scenario: Scenario }) {
  const config = scenario.fs as FsConfig;
  const own = useMemo(() => scenarioWorkload(scenario), [scenario]);
  const example = useMemo(() => exampleAllocationWorkload(), []);
  const geometry = useMemo(() => ({ blocks: config.blocks, blockSize: config.blockSize }), [config]);
  const why = own.length === 0 ? 'it has no file operations' : null;
  // The example shows more than a scenario's few operations at tick 0: it is where a teacher starts.
  const [mine, setMine] = useState(false);
  const useOwn = mine && why === null;
  return (
    <div className="allocation-choice">
      <WorkloadChoice
        own={own.length}
        why={why}
        demo={`${example.length} operations on a ${EXAMPLE_ALLOCATION_GEOMETRY.blocks}-block disk`}
        mine={useOwn}
        onChoose={setMine}
      />
      <AllocationPanel
        key={useOwn ? 'scenario' : 'example'}
        workload={useOwn ? own : example}
        geometry={useOwn ? geometry : EXAMPLE_ALLOCATION_GEOMETRY}
      />
    </div>
  );
}
