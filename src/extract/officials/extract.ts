import type { Extractor } from '../types.js';

export const extractOfficials: Extractor = () => ({ records: [], warnings: [] });
