/** A brain.yml or settings.yml problem, naming the file, the synapse (if any) and what is wrong. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly synapse?: string,
  ) {
    super(`${file}: ${synapse === undefined ? '' : `synapse "${synapse}": `}${problem}`);
  }
}
