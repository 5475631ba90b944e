// Standard input, read whole (an article is small; the size limit still applies).
export async function readStdin(stream: NodeJS.ReadableStream & { isTTY?: boolean } = process.stdin): Promise<Uint8Array> {
  // A terminal with nothing piped in would wait in silence: say what it waits for.
  if (stream.isTTY) process.stderr.write('vnextract: reading an article from the terminal; end it with Ctrl-D (or give a file instead of -)\n');
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
