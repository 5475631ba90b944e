export async function normalizeCommand(_text: string[], _options: { published?: string; json?: boolean }): Promise<number> {
  process.stderr.write('vnextract normalize: not available yet\n');
  return 2;
}
