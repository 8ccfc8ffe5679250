// The `v` URL parameter (docs/protocols/apiai.md §3): every SDK sends 20150910. Every request is answered in the
// 20150910 shape (reference Decisions); an older version is told so with status `200 deprecated` (docs/protocols/apiai.md).
import type { Status } from './status.js';

const currentProtocolVersion = 20150910;

export function statusForVersion(status: Status, v: unknown): Status {
  const version = typeof v === 'string' && /^\d{8}$/.test(v.trim()) ? Number(v.trim()) : undefined;
  if (version === undefined || version >= currentProtocolVersion || status.errorType !== 'success') return status;
  return { ...status, errorType: 'deprecated' };
}
