/** Error codes that cross the API boundary. The HTTP transport maps each to a status. */
export const ERROR_STATUS = {
  VALIDATION: 400,
  UNKNOWN_METHOD: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  BAD_TOKEN: 401,
  FORBIDDEN: 403,
  /** Signed in on a temporary password: only changing it is allowed until then. */
  PASSWORD_CHANGE_REQUIRED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_LARGE: 413,
  SETUP_REQUIRED: 409,
  /** No browser engine to make a PDF with: the machine needs one installed, not a retry. */
  PRINTER_UNAVAILABLE: 503,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ApiError {
  code: ErrorCode;
  message: string;
  field?: string;
}

/** A failure a person can act on: the message is zh-CN and says what to do. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.field = field;
  }
  toJSON(): ApiError {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `找不到${what}，可能已被他人修改，请刷新后再试。`);
export const conflict = (message: string, field?: string) => new AppError('CONFLICT', message, field);
export const invalid = (message: string, field?: string) => new AppError('VALIDATION', message, field);
