/** Thrown by handlers (and the storage they call) to answer a specific error code. */
export class LensFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The message of anything thrown: an Error's own message, else the value as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
