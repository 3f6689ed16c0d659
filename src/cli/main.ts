import { readlineTerminal } from './readlineTerminal';
import { runCli } from './runCli';
import { startCli } from './start';

const verb = process.argv[2];
// Standard input is read only by the commands that take lines from it (a scenario from `-` is read whole).
startCli(runCli, verb === 'shell' || verb === 'demo' ? readlineTerminal() : undefined);
