/** A usage error (exit 2): wrong command, missing option, malformed value. */
export class UsageError extends Error {
  constructor(message: string, readonly code = 'usage') {
    super(message);
  }
}
