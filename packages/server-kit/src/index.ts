export { serveUntilStopped, defaultGraceMs, type ServeOptions, type ProcessLike, type Stop } from './serveUntilStopped.js';
export { shutdown, type ShutdownOptions } from './shutdown.js';
export { keepServingOnRejection, type ErrorLog } from './keepServingOnRejection.js';
export { registerHealthCheck, databaseUnreachable, type HealthCheckOptions, type Queryable } from './healthCheck.js';
export { databaseUnavailableReason, isDatabaseUnavailable } from './databaseUnavailable.js';
export { findNulCharacter } from './findNulCharacter.js';
export { readServerEnv, envValue, type ServerEnv } from './readServerEnv.js';
export { registerMetrics, requestBuckets, unmatchedRoute, type Metrics, type MetricsOptions } from './registerMetrics.js';
export { replySchemas, type ReplySchemas } from './replySchemas.js';
