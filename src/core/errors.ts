/** Field name -> messages, as in the documented validation error body. */
export type FieldErrors = Record<string, string[]>;

/**
 * An error answer: status, message, machine-readable code, extra body fields
 * and headers. Handlers and stages throw it; the pipeline turns it into a
 * response whose body has the API's error shape (`ApiDefinition.errorBody`;
 * TimeTracker: `{error, message, error_code, ...extra}`).
 *
 * @example
 * throw new ApiError(404, 'Project with ID 9 not found', 'not_found');
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const notFound = (message = 'Resource not found'): ApiError => new ApiError(404, message, 'not_found');

/** 400 `validation_error` with field-level messages (and any route-specific members, e.g. `success: false`). */
export function validationError(errors: FieldErrors, message = 'Validation failed', extra: Record<string, unknown> = {}): ApiError {
  return new ApiError(400, message, 'validation_error', { ...extra, errors });
}

/** 400 for a business rule (the real server's default `error_code`). */
export const badRequest = (message: string, code = 'error'): ApiError => new ApiError(400, message, code);

export const forbidden = (message = 'Access denied'): ApiError => new ApiError(403, message, 'forbidden');

export const conflict = (message: string, code = 'conflict'): ApiError => new ApiError(409, message, code);

/**
 * One line of text for an error: its most specific message (core errors
 * carry one in `extra.message`), then the fields a validation error names.
 * For APIs whose error bodies are a message (Harvest's text, TimeCamp's `message`).
 */
export function errorText(error: ApiError): string {
  const message = typeof error.extra.message === 'string' ? error.extra.message : error.message;
  const errors = error.extra.errors as FieldErrors | undefined;
  if (!errors) return message;
  const fields = Object.entries(errors).filter(([field]) => field !== '_general').map(([field, msgs]) => `${field}: ${msgs.join(', ')}`);
  return fields.length === 0 ? message : `${message}: ${fields.join('; ')}`;
}
