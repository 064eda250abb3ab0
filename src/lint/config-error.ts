// Its own module so the config reader and the lazily loaded schema validator can both raise it
// without importing each other.

/** A lint config that cannot be used: the message names the file and the key. */
export class LintConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LintConfigError';
  }
}
