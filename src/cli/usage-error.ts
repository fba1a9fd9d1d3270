/** A mistake in the command line: the CLI prints it with the usage text, exit status 2. */
export class UsageError extends Error {}

/** A failure said in one plain line with its own exit status (no usage text). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}
