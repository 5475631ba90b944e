// The registry of extractors, one per record kind. Each lives in its own folder with
// its rules, vocabularies and examples.
import type { ExtractorType } from '../schema/records.js';
import type { Extractor } from './types.js';
import { extractIndicators } from './indicators/extract.js';
import { extractOfficials } from './officials/extract.js';
import { extractDecrees } from './decrees/extract.js';

export const EXTRACTORS: Record<ExtractorType, Extractor> = {
  indicators: extractIndicators,
  officials: extractOfficials,
  decrees: extractDecrees,
};
