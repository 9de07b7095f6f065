/**
 * The errors the simulator raises, shaped like `OfficeExtension.Error` as office.js builds it at run time
 * (`name` is "RichApi.Error" there, whatever the typings say), so the adapter's one error-mapping place can be
 * tested against the same fields it reads in Excel.
 */

/** The codes the simulator raises: the subset of Excel's and office.js's codes our semantics need. */
export type SimErrorCode =
  | "AccessDenied"
  | "ApiNotFound"
  | "GeneralException"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidRequestContext"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "PropertyNotLoaded"
  | "ValueNotLoaded"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "RunMustReturnPromise";

export interface SimDebugInfo {
  readonly code: SimErrorCode;
  readonly message: string;
  readonly errorLocation: string;
}

/**
 * An error as the Excel host reports it.
 *
 * @example
 * new SimulatorError("ItemNotFound", "The requested resource doesn't exist.", "WorksheetCollection.getItem").code
 * // → "ItemNotFound"
 */
export class SimulatorError extends Error {
  override readonly name = "RichApi.Error";
  readonly code: SimErrorCode;
  readonly debugInfo: SimDebugInfo;
  readonly traceMessages: readonly string[] = [];
  readonly innerError: SimulatorError | null = null;

  constructor(code: SimErrorCode, message: string, errorLocation: string) {
    super(message);
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

/** Office's own wording for the common codes, so messages read like the ones users will report. */
const MESSAGES: Readonly<Record<SimErrorCode, string>> = {
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound: "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
  GeneralException: "There was an internal error while processing the request.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidRequestContext: "Cannot use the object across different request contexts.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  PropertyNotLoaded:
    'The property is not available. Before reading the property\'s value, call the load method on the containing object and call "context.sync()" on the associated request context.',
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise.',
};

/**
 * Builds an error with Office's message for the code, plus what the simulator knows about the cause.
 *
 * @example
 * simError("InvalidArgument", "Range.values", "expected 2 rows, got 3").message
 * // → "The argument is invalid or missing or has an incorrect format. (expected 2 rows, got 3)"
 */
export function simError(code: SimErrorCode, errorLocation: string, detail?: string): SimulatorError {
  const message = detail === undefined ? MESSAGES[code] : `${MESSAGES[code]} (${detail})`;
  return new SimulatorError(code, message, errorLocation);
}
