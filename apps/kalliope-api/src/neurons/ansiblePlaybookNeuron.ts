import { findKitFile, kitPlacesOf, type KitPaths } from '../brain/kitPaths.js';
import { isRecord } from '../brain/parseSynapse.js';
import { NeuronParameterError, type Neuron } from './neuron.js';
import { NeuronParameters } from './neuronParameters.js';
import { runCommand, type CommandResult } from './runCommand.js';

/** Runs a program with an argument array (no shell); `runCommand` by default. */
export type CommandRunner = (file: string, args: readonly string[], timeoutMs: number) => Promise<CommandResult>;

/**
 * Kalliope 0.7's `ansible_playbook: {task_file, sudo, sudo_user, sudo_password, extra_vars}`: runs
 * `ansible-playbook <task_file>` against localhost (package ansible), `--become` when `sudo`, the variables as one
 * JSON `--extra-vars` argument. Like `script` and `shell`, it is registered only with `parley.script_neurons` and
 * refuses templated parameters. Returns `output` and `returncode` (Parley's addition, for say_template).
 */
export function ansiblePlaybookNeuron(kit: KitPaths, run: CommandRunner = runCommand): Neuron {
  return {
    name: 'ansible_playbook',
    trustedParametersOnly: true,
    async run(parameters) {
      const read = new NeuronParameters('ansible_playbook', parameters);
      const taskFile = read.requiredString('task_file');
      const file = findKitFile(taskFile, kit);
      if (file === undefined) throw new NeuronParameterError('ansible_playbook', `cannot find "${taskFile}" (neither ${kitPlacesOf(taskFile, kit)} exists)`);
      const extraVars = read.raw('extra_vars') ?? {};
      if (!isRecord(extraVars)) throw new NeuronParameterError('ansible_playbook', '"extra_vars" must be a mapping');
      const variables: Record<string, unknown> = { ...extraVars };
      const args = ['-i', 'localhost,', '-c', 'local', file];
      if (read.boolean('sudo') === true) {
        args.push('--become', '--become-user', read.string('sudo_user') ?? 'root');
        const password = read.string('sudo_password');
        if (password !== undefined) variables['ansible_become_password'] = password;
      }
      if (Object.keys(variables).length > 0) args.push('--extra-vars', JSON.stringify(variables));
      return await run('ansible-playbook', args, (read.number('timeout') ?? 300) * 1000);
    },
  };
}
