/** Errors the CLI reports in one line on stderr, each with its exit status (spec: 2 for bad usage or input). */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: number = 2) {
    super(message);
    this.name = 'CliError';
  }
}
