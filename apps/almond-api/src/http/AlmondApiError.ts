// The error catalog of /me/api (docs/protocols/almond.md §2.1, §2.3, §2.6): every failure is one of these, rendered in
// one place (errorHandling.ts) as `{error, code?}` JSON, or plain `Unauthorized` for 401.

export class AlmondApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** No bearer token, or one we do not know: 401 plain `Unauthorized`. */
export const unauthorized = () => new AlmondApiError(401, 'Unauthorized');
/** A token that failed verification (expired, or a refresh token used as bearer). */
export const invalidToken = (message: string) => new AlmondApiError(403, message);
export const invalidScope = () => new AlmondApiError(403, 'invalid scope');
export const invalidEndpoint = () => new AlmondApiError(404, 'Invalid endpoint');
export const notFound = () => new AlmondApiError(404, 'Not Found', 'ENOENT');
export const badRequest = (message: string, code?: string) => new AlmondApiError(400, message, code);
export const missingQuery = () => badRequest('Missing query', 'EINVAL');
export const invalidParameter = (name: string) => badRequest(`missing or invalid parameter ${name}`, 'EINVAL');
export const invalidContentType = () => new AlmondApiError(415, 'invalid content-type', 'EINVAL');
