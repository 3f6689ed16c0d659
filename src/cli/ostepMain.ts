import './jitless';
import { runOstepCli } from './ostepCli';
import { startCli } from './start';

// The entry of bin.mjs's second bundle, for `sim ostep …` (bundle.mjs).
startCli(runOstepCli);
