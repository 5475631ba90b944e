// The data contract (SPEC.md) as zod schemas: the single source of the TypeScript
// types, of `vnextract schema` (JSON Schema) and of the CSV datapackage.
import { z } from 'zod';

export const SCHEMA_VERSION = '1.0.0';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)?)?$/, 'ISO 8601 date or datetime');

/** Fields every extracted record shares: where it came from, exactly. */
const spanFields = {
  article_id: z.string().min(1),
  start: z.number().int().nonnegative().describe('UTF-16 offset into the normalised article text'),
  end: z.number().int().nonnegative(),
  text: z.string().describe('the exact text between start and end'),
  sentence: z.string().describe('the sentence holding the span'),
};

export const articleSchema = z.object({
  type: z.literal('article'),
  id: z.string().min(1),
  path: z.string().nullable(),
  title: z.string().nullable(),
  published: isoDate.nullable(),
  outlet: z.string().nullable(),
  byline: z.string().nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  format: z.enum(['txt', 'html']),
  encoding: z.string(),
  chars: z.number().int().nonnegative().describe('length of the normalised text'),
});

export const indicatorKinds = ['money', 'percent', 'count', 'rank', 'fraction', 'rate', 'score'] as const;
export const qualifiers = ['exact', 'estimate', 'target', 'more_than', 'less_than', 'about'] as const;

export const indicatorSchema = z.object({
  type: z.literal('indicator'),
  ...spanFields,
  kind: z.enum(indicatorKinds),
  value: z.number().finite(),
  total: z.number().finite().nullable(),
  unit: z.string().nullable(),
  currency: z.string().nullable(),
  name: z.string().nullable(),
  name_start: z.number().int().nonnegative().nullable().describe('offset of `name` in the normalised text, like `start`'),
  name_end: z.number().int().nonnegative().nullable(),
  subject: z.string().nullable(),
  subject_start: z.number().int().nonnegative().nullable().describe('offset of `subject` in the normalised text, like `start`'),
  subject_end: z.number().int().nonnegative().nullable(),
  period: z.string().nullable(),
  qualifier: z.enum(qualifiers),
  change: z.enum(['increase', 'decrease']).nullable(),
  baseline: z.string().nullable(),
});

export const positionSchema = z.object({
  title: z.string().min(1),
  organization: z.string().nullable(),
  organization_full: z.string().nullable(),
  /** A past office: the title follows `nguyên` or `cựu` (`nguyên Phó Chủ tịch UBND TP Hà Nội`). */
  former: z.boolean(),
});

export const officialSchema = z.object({
  type: z.literal('official'),
  ...spanFields,
  name: z.string().min(1),
  honorific: z.enum(['ông', 'bà', 'đồng chí']).nullable(),
  title: z.string().min(1),
  organization: z.string().nullable(),
  organization_full: z.string().nullable(),
  positions: z.array(positionSchema).min(1),
  mentions: z.number().int().positive(),
});

export const decreeSchema = z.object({
  type: z.literal('decree'),
  ...spanFields,
  doc_type: z.string().min(1),
  number: z.string().nullable(),
  symbol: z.string().nullable(),
  year: z.number().int().nullable(),
  issuer_code: z.string().nullable(),
  issuer: z.string().nullable(),
  issued: isoDate.nullable(),
  subject: z.string().nullable(),
  name: z.string().nullable(),
  draft: z.boolean(),
});

export const errorSchema = z.object({
  type: z.literal('error'),
  article_id: z.string().nullable(),
  path: z.string().nullable(),
  stage: z.enum(['read', 'decode', 'clean', 'extract', 'validate', 'usage']),
  reason: z.string(),
});

export type ArticleRecord = z.infer<typeof articleSchema>;
export type IndicatorRecord = z.infer<typeof indicatorSchema>;
export type OfficialRecord = z.infer<typeof officialSchema>;
export type Position = z.infer<typeof positionSchema>;
export type DecreeRecord = z.infer<typeof decreeSchema>;
export type ErrorRecord = z.infer<typeof errorSchema>;
export type ExtractedRecord = IndicatorRecord | OfficialRecord | DecreeRecord;
export type AnyRecord = ArticleRecord | ExtractedRecord | ErrorRecord;

export const recordSchemas = {
  article: articleSchema,
  indicator: indicatorSchema,
  official: officialSchema,
  decree: decreeSchema,
  error: errorSchema,
} as const;

export type RecordType = keyof typeof recordSchemas;
export const extractorTypes = ['indicators', 'officials', 'decrees'] as const;
export type ExtractorType = (typeof extractorTypes)[number];
