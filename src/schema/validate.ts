// Every record is validated before it is written; one that fails becomes an `error`
// record naming the field and the reason — never silently dropped.
import { z } from 'zod';
import { recordSchemas, type AnyRecord, type ErrorRecord, type RecordType } from './records.js';

/**
 * The schemas compiled ahead of time (`z.compile`): a valid record takes one generated
 * function instead of zod's walk over the schema's nodes; an invalid one falls back to that
 * walk, so its error reads the same.
 */
const compiled: { [K in RecordType]: (typeof recordSchemas)[K] } = {
  article: z.compile(recordSchemas.article),
  indicator: z.compile(recordSchemas.indicator),
  official: z.compile(recordSchemas.official),
  decree: z.compile(recordSchemas.decree),
  error: z.compile(recordSchemas.error),
};

export function validateRecord(record: AnyRecord): AnyRecord {
  const schema = compiled[record.type];
  const result = schema.safeParse(record);
  if (result.success) return result.data as AnyRecord;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'record';
  const articleId = 'article_id' in record ? record.article_id : record.type === 'article' ? record.id : null;
  const error: ErrorRecord = {
    type: 'error',
    article_id: articleId ?? null,
    path: null,
    stage: 'validate',
    reason: `invalid ${record.type} record: ${where}: ${issue?.message ?? 'does not match the schema'}` +
      ('start' in record ? ` (span ${record.start}-${record.end})` : ''),
  };
  return error;
}
