// The results of a program in the shapes of /me/api/apps/create (docs/protocols/almond.md `outputType`, v1.8 `type`).
import { formatResult, type FormattedMessage, type SchemaRetriever } from '@parley/thingtalk';
import { type Row } from '@parley/thingtalk/runtime';

export interface AppResultItem {
  raw: Row;
  type: string | null;
  outputType: string | null;
  formatted: FormattedMessage[];
}

export interface AppErrorItem {
  message: string;
  primitive: string | null;
}

export function appResult(classes: SchemaRetriever, outputType: string | null, row: Row, timeZone: string): AppResultItem {
  return { raw: row, type: outputType, outputType, formatted: formatResult(classes, outputType, row, { timeZone }) };
}
