// `vnextract schema`: the JSON Schema of every record, or the CSV datapackage.
import { CSV_TABLES, datapackage, fullJsonSchema, type CsvTable } from '../schema/tables.js';
import { EXIT_OK } from './main.js';

export async function schemaCommand(options: { datapackage?: boolean }): Promise<number> {
  const doc = options.datapackage ? datapackage(Object.keys(CSV_TABLES) as CsvTable[]) : fullJsonSchema();
  process.stdout.write(JSON.stringify(doc, null, 2) + '\n');
  return EXIT_OK;
}
