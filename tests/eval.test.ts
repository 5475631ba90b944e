// `vnextract eval` on the seed articles and their gold: the scores reached so far are the
// floor. Raise them here when the rules improve; never lower them.
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

const FLOOR = {
  indicators: 1.0,
  officials: 1.0,
  decrees: 1.0,
  fields: {
    official_title: 1.0,
    official_organization: 1.0,
    decree_issued: 1.0,
    decree_issuer: 1.0,
    indicator_period: 1.0,
    indicator_qualifier: 1.0,
    article_published: 1.0,
  },
  // Token F1 of the verbatim fields (SPEC "Conventions").
  tokens: {
    indicator_name: 0.9,
    indicator_subject: 0.85,
    decree_subject: 1.0,
  },
};

describe('vnextract eval on the seeds', () => {
  const result = runCli(['eval', '--gold', 'fixtures/gold', 'fixtures/articles', '--json']);
  const report = JSON.parse(result.stdout);

  it('scores all five articles', () => {
    expect(result.code).toBe(0);
    expect(report.articles).toBe(5);
    expect(report.types.indicators.gold).toBe(90);
    expect(report.types.officials.gold).toBe(10);
    expect(report.types.decrees.gold).toBe(18);
  });

  for (const type of ['indicators', 'officials', 'decrees'] as const) {
    it(`${type} F1 stays at or above ${FLOOR[type]}`, () => {
      expect(report.types[type].f1).toBeGreaterThanOrEqual(FLOOR[type]);
    });
  }

  for (const [field, floor] of Object.entries(FLOOR.fields)) {
    it(`${field} accuracy stays at or above ${floor}`, () => {
      expect(report.fields[field].accuracy).toBeGreaterThanOrEqual(floor);
    });
  }

  for (const [field, floor] of Object.entries(FLOOR.tokens)) {
    it(`${field} token F1 stays at or above ${floor}`, () => {
      expect(report.tokens[field].f1).toBeGreaterThanOrEqual(floor);
    });
  }

  it('prints a table on a terminal-style run', () => {
    const table = runCli(['eval', '--gold', 'fixtures/gold']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/indicators\s+90\s+\d+\s+\d+/);
    expect(table.stdout).toMatch(/official_title/);
  });
});
