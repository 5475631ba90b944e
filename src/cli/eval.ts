export async function evalCommand(_inputs: string[], _options: { gold: string; json?: boolean; verbose?: boolean }): Promise<number> {
  process.stderr.write('vnextract eval: not available yet\n');
  return 2;
}
