import type { Extractor } from '../types.js';

export const extractIndicators: Extractor = () => ({ records: [], warnings: [] });
