// JSON Schema, CSV columns and the Frictionless datapackage, all derived from the zod
// schemas in records.ts so they can never drift apart.
import { z } from 'zod';
import { recordSchemas, SCHEMA_VERSION, type RecordType } from './records.js';

type JsonSchema = {
  type?: string | string[];
  anyOf?: JsonSchema[];
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  description?: string;
  pattern?: string;
  minimum?: number;
};

export function jsonSchemaOf(type: RecordType): JsonSchema & Record<string, unknown> {
  return z.toJSONSchema(recordSchemas[type], { io: 'output' }) as JsonSchema & Record<string, unknown>;
}

/** One JSON Schema document describing every record type, keyed by `type`. */
export function fullJsonSchema(): Record<string, unknown> {
  const defs: Record<string, unknown> = {};
  for (const type of Object.keys(recordSchemas) as RecordType[]) {
    const schema = jsonSchemaOf(type);
    delete schema.$schema;
    defs[type] = schema;
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://vnextract.dev/schema/${SCHEMA_VERSION}/record.json`,
    title: 'vnextract record',
    description: 'One line of `vnextract extract --format jsonl`; `type` says which record it is.',
    oneOf: Object.keys(defs).map((type) => ({ $ref: `#/$defs/${type}` })),
    $defs: defs,
  };
}

/** The CSV tables: which record type goes to which file. */
export const CSV_TABLES = {
  articles: 'article',
  indicators: 'indicator',
  officials: 'official',
  decrees: 'decree',
  errors: 'error',
} as const satisfies Record<string, RecordType>;
export type CsvTable = keyof typeof CSV_TABLES;

export interface CsvColumn {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean';
  required: boolean;
  enum?: string[];
  description?: string;
}

/** Officials are written one row per position: the array becomes these columns. */
const POSITION_COLUMNS: CsvColumn[] = [
  { name: 'position_index', type: 'integer', required: true, description: '0-based index of the position in `positions`' },
  { name: 'position_title', type: 'string', required: true },
  { name: 'position_organization', type: 'string', required: false },
  { name: 'position_organization_full', type: 'string', required: false },
  { name: 'position_former', type: 'boolean', required: true, description: 'the position is a past office (`nguyên`, `cựu`)' },
];

export function csvColumns(table: CsvTable): CsvColumn[] {
  const schema = jsonSchemaOf(CSV_TABLES[table]);
  const columns: CsvColumn[] = [];
  for (const [name, prop] of Object.entries(schema.properties ?? {})) {
    if (name === 'type') continue;
    if (name === 'positions') {
      columns.push(...POSITION_COLUMNS);
      continue;
    }
    columns.push(columnOf(name, prop));
  }
  return columns;
}

function columnOf(name: string, prop: JsonSchema): CsvColumn {
  let required = true;
  let base: JsonSchema = prop;
  if (prop.anyOf) {
    const nonNull = prop.anyOf.filter((p) => p.type !== 'null');
    required = nonNull.length === prop.anyOf.length;
    base = nonNull[0] ?? {};
  }
  let type = base.type;
  if (Array.isArray(type)) {
    if (type.includes('null')) required = false;
    type = type.find((t) => t !== 'null');
  }
  const column: CsvColumn = {
    name,
    type: type === 'integer' || type === 'number' || type === 'boolean' ? type : 'string',
    required,
  };
  if (base.enum) column.enum = base.enum.map(String);
  const description = prop.description ?? base.description;
  if (description) column.description = description;
  return column;
}

/**
 * Frictionless Data Package (Table Schema) describing the CSV files of one run. With a BOM
 * the encoding is `utf-8-sig` (the name Python and frictionless-py read a BOM by), so a
 * reader that follows the package gets `id`, not `\ufeffid`, as the first header.
 */
export function datapackage(tables: CsvTable[], options: { bom?: boolean } = {}): Record<string, unknown> {
  return {
    profile: 'tabular-data-package',
    name: 'vnextract-output',
    title: 'Records extracted from Vietnamese press articles by vnextract',
    version: SCHEMA_VERSION,
    resources: tables.map((table) => ({
      profile: 'tabular-data-resource',
      name: table,
      path: `${table}.csv`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: options.bom ? 'utf-8-sig' : 'utf-8',
      dialect: { delimiter: ',', quoteChar: '"', doubleQuote: true, lineTerminator: '\n', header: true },
      schema: {
        fields: csvColumns(table).map((c) => ({
          name: c.name,
          type: c.type,
          ...(c.description ? { description: c.description } : {}),
          constraints: { required: c.required, ...(c.enum ? { enum: c.enum } : {}) },
        })),
        missingValues: [''],
        ...(table === 'articles' ? { primaryKey: ['id'] } : {}),
      },
    })),
  };
}
