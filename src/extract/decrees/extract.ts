import type { Extractor } from '../types.js';

export const extractDecrees: Extractor = () => ({ records: [], warnings: [] });
