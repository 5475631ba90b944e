// The command line. Each command lives in its own module, imported only when it runs,
// so `--help` does not pay for cheerio, zod or csv-stringify.
import { Command, CommanderError, Option } from 'commander';
import { createRequire } from 'node:module';
import { OptionError } from '../pipeline/errors.js';

export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;
/** Every input was read, but some only in part (an HTML page whose body was not found). */
export const EXIT_PARTIAL = 3;

export class UsageError extends Error {}

const require = createRequire(import.meta.url);
const { version } = require('../../package.json') as { version: string };

export async function main(argv: string[]): Promise<number> {
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(EXIT_OK);
    throw err;
  });
  let exitCode = EXIT_OK;
  const program = new Command();
  program
    .name('vnextract')
    .description('Turn Vietnamese press articles into clean, validated data: statistical indicators, officials and cited decrees.')
    .version(version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .addHelpText(
      'after',
      `
Examples:
  $ vnextract extract articles/ --format csv --out data/ --bom   # a folder → CSV files for Excel
  $ vnextract extract 'crawl/**/*.html' > records.jsonl          # a glob → JSONL on stdout
  $ cat bai-bao.txt | vnextract extract - | jq 'select(.type=="indicator")'
  $ vnextract text saved-page.html                              # what was read from a page
  $ vnextract normalize "Doanh thu ước đạt 15.658 tỉ đồng, tăng 2,2%"
  $ vnextract eval --gold fixtures/gold fixtures/articles
  $ vnextract schema > vnextract.schema.json`,
    );

  program
    .command('extract')
    .description('extract records from articles: files, folders (recursive), globs, or - for stdin')
    .argument('<inputs...>', '.txt/.html/.htm files, folders, globs, or - (stdin)')
    .addOption(new Option('-f, --format <format>', 'output format; json and xlsx keep the whole run in memory, jsonl and csv stream').choices(['jsonl', 'json', 'csv', 'xlsx']).default('jsonl'))
    .option('-o, --out <path>', 'output file (json/jsonl), folder (csv), folder or .xlsx file (xlsx); default (or -): stdout')
    .option('-t, --types <list>', 'record types to extract', 'indicators,officials,decrees')
    .option('--bom', 'start CSV files with a UTF-8 BOM so Excel shows Vietnamese diacritics')
    .option('--no-formula-guard', 'write CSV cells exactly as extracted (by default a cell a spreadsheet would run as a formula, such as =A1 or -Hà Nội, gets a leading \' )')
    .option('--report <file.html>', 'also write a self-contained review page: every record highlighted in its article (keeps the run in memory)')
    .option('--lexicon <file>', 'JSON file adding titles, organisations and abbreviations')
    .option('--max-file-size <mb>', 'skip (with an error record) files larger than this many MB', '20')
    .option('-j, --jobs <n>', 'threads extracting in parallel, the main one included (default: the number of cores); output is identical for any value')
    .option('--shard <k/n>', 'process only shard K of N (1-based) by a stable hash of each article id, for splitting a corpus across machines')
    .option('-q, --quiet', 'no summary on stderr (errors are still reported)')
    .option('--no-progress', 'no progress bar')
    .addHelpText(
      'after',
      `
Output: JSONL on stdout by default, one record a line with "type": article|indicator|official|decree|error.
  --format csv needs --out DIR and writes articles.csv, indicators.csv, officials.csv (one row per
  position), decrees.csv, errors.csv and datapackage.json. --format xlsx writes one workbook
  (records.xlsx in the --out folder, or the .xlsx file named), a typed sheet per table.
  Files are written atomically.

Exit codes: 0 every input processed, 1 some input failed (the others are still written), 2 bad usage,
  3 every input read but some only in part (an HTML page whose body was not found: an error record says which).

Examples:
  $ vnextract extract articles/ --format csv --out data/ --bom
  $ vnextract extract a.txt b.html --types indicators --format json --out run.json
  $ vnextract extract articles/ --out records.jsonl && duckdb -c "select * from read_json_auto('records.jsonl') where type='indicator'"`,
    )
    .action(async (inputs: string[], options) => {
      const { extractCommand } = await import('./extract.js');
      exitCode = await extractCommand(inputs, options);
    });

  program
    .command('text')
    .description('print the cleaned text of each article: the exact string every record\'s offsets point into')
    .argument('<inputs...>', '.txt/.html/.htm files, folders, globs, or - (stdin)')
    .addOption(new Option('-f, --format <format>', 'plain text with a header line per article, or one JSON object a line').choices(['text', 'jsonl']).default('text'))
    .option('--max-file-size <mb>', 'skip (with an error) files larger than this many MB', '20')
    .option('-q, --quiet', 'no notices on stderr (errors and warnings are still reported)')
    .addHelpText(
      'after',
      `
Each article opens with a line "==> path · title · published <==" (text), or is one object
{"id", "path", "title", "published", "text"} a line (jsonl). A page read only in part is
reported on stderr and the exit code is 3.

Example:
  $ vnextract text saved-pages/*.html | less`,
    )
    .action(async (inputs: string[], options) => {
      const { textCommand } = await import('./text.js');
      exitCode = await textCommand(inputs, options);
    });

  program
    .command('eval')
    .description('score extraction against gold files (precision / recall / F1 per record type, field accuracy)')
    .requiredOption('-g, --gold <dir>', 'folder of <article id>.gold.json files')
    .argument('[inputs...]', 'articles (default: the folder next to the gold folder named articles)')
    .option('--json', 'machine-readable scores')
    .option('-v, --verbose', 'list every miss and false positive')
    .option('--lexicon <file>', 'JSON file adding titles, organisations and abbreviations')
    .addHelpText('after', '\nExample:\n  $ vnextract eval --gold fixtures/gold fixtures/articles --verbose')
    .action(async (inputs: string[], options) => {
      const { evalCommand } = await import('./eval.js');
      exitCode = await evalCommand(inputs, options);
    });

  program
    .command('normalize')
    .description('show every quantity and date the normaliser finds in a text (argument or stdin)')
    .argument('[text...]', 'Vietnamese text; read from stdin when absent')
    .option('-p, --published <date>', 'publication date (YYYY-MM-DD) giving the year of partial dates')
    .option('--json', 'JSON instead of a table')
    .addHelpText('after', '\nExample:\n  $ vnextract normalize --published 2020-01-14 "Ngày 14/1, doanh thu ước đạt 15.658 tỉ đồng, tăng 2,2%"')
    .action(async (text: string[], options) => {
      const { normalizeCommand } = await import('./normalize.js');
      exitCode = await normalizeCommand(text, options);
    });

  program
    .command('schema')
    .description('print the JSON Schema of the records (or the CSV datapackage with --datapackage)')
    .option('--datapackage', 'print the Frictionless datapackage.json written beside CSV output')
    .action(async (options) => {
      const { schemaCommand } = await import('./schema.js');
      exitCode = await schemaCommand(options);
    });

  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT_OK;
      return EXIT_USAGE;
    }
    if (err instanceof UsageError || err instanceof OptionError || (err instanceof Error && err.name === 'GoldFileError')) {
      process.stderr.write(`vnextract: ${err.message}\n`);
      return EXIT_USAGE;
    }
    throw err;
  }
  return exitCode;
}
