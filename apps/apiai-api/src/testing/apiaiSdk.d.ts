// The parts of the official `apiai@4.0.3` Node SDK (module/apiai.js) the tests use; it ships no types.
declare module 'apiai' {
  import type { Agent } from 'node:http';

  export interface SdkRequest {
    on(event: 'response', listener: (body: unknown) => void): this;
    on(event: 'error', listener: (error: Error & { statusCode?: number; responseBody?: string }) => void): this;
    write(chunk: Buffer | string): void;
    end(): void;
  }

  export interface SdkApplication {
    /** The keep-alive agent every request goes through (`new http.Agent` in the constructor). */
    _agent: Agent;
    textRequest(query: string | string[], options: Record<string, unknown>): SdkRequest;
    eventRequest(event: { name: string; data?: Record<string, unknown> }, options: Record<string, unknown>): SdkRequest;
    voiceRequest(options: Record<string, unknown>): SdkRequest;
    userEntitiesRequest(body: Record<string, unknown>, options?: Record<string, unknown>): SdkRequest;
    contextsRequest(contexts: unknown[], options: Record<string, unknown>): SdkRequest;
    getContextsRequest(options: Record<string, unknown>): SdkRequest;
    deleteContextsRequest(options: Record<string, unknown>): SdkRequest;
  }

  function apiai(clientAccessToken: string, options?: Record<string, unknown>): SdkApplication;
  export default apiai;
}
