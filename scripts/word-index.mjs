#!/usr/bin/env node
// Writes dist/vocab/word-index.bin: the word reader's index of its tables (src/text/words.ts,
// src/text/lexicon-index.ts), built once here instead of by every thread of every run at its
// first article. A thread reads it back only when it was built from the tables it has.
//   node scripts/word-index.mjs   (run by `npm run build`, after tsc)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WORD_INDEX_FILE, wordIndexBytes } from '../dist/text/words.js';

writeFileSync(fileURLToPath(WORD_INDEX_FILE), wordIndexBytes());
