// Colour, decided for each stream by the stream itself: messages go to stderr, so `2> run.log`
// gets no escape codes even when stdout is a terminal. `FORCE_COLOR` forces colour (its
// level, as chalk reads it); `NO_COLOR`, when set and not empty, turns it off
// (https://no-color.org). Tables and scores printed to stdout follow stdout.
import { Chalk, supportsColor, supportsColorStderr, type ColorSupportLevel } from 'chalk';

export function colourLevel(stream: 'stdout' | 'stderr', env: NodeJS.ProcessEnv = process.env): ColorSupportLevel {
  const forced = env.FORCE_COLOR;
  const support = stream === 'stdout' ? supportsColor : supportsColorStderr;
  if (forced !== undefined && forced !== '0' && forced !== 'false') return support ? support.level : 1;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  return support ? support.level : 0;
}

/** For messages on stderr. */
export const toStderr = new Chalk({ level: colourLevel('stderr') });
/** For tables and scores on stdout. */
export const toStdout = new Chalk({ level: colourLevel('stdout') });
