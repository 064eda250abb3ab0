// The one error class for a problem with what the user asked for (a bad input or flag, a path
// outside the workspace, a file that is not a Dockerfile): reported as is, without a stack.
export class UsageError extends Error {
  override name = 'UsageError';
}
