/**
 * Issue 6's budget and the pages it is measured on: one module for the
 * benchmark (npm run bench, scripts/bench-report.ts) and the tests that check
 * its byte limits (tests/e2e/budget.spec.ts, tests/e2e/critical-css.spec.ts).
 */

/** Lighthouse's category scores, in whole points out of 100. */
export type Scores = {performance: number; accessibility: number; 'best-practices': number; seo: number};

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The representative question pages that npm run bench and tests/e2e/budget.spec.ts load. */
export const QUESTION_PAGES = [
  '/hangzhou/login/reset-password/',
  '/hangzhou/stats/attendance-rate/',
  '/xiaoshan/quality/acceptance/',
];

/** Issue 6's budget; npm test checks the byte limits, npm run bench all of it. */
export const BUDGET = {
  // 160 KB until 2026-12-02; raised by 4 KB for what issues 12–15 put on every question page
  // (复制答复 and QR, 整理中, the vote and its events, the render-error fallback), after
  // trimming 5 KB elsewhere (src/plugins/shared-chunks, src/theme/Admonition). Win it back.
  questionPageBytes: 164 * 1024,
  lcpMs: 700,
  dclMs: 1200,
  indexGzBytes: 60 * 1024,
  buildMs: 15_000,
  scores: {performance: 95, accessibility: 100, 'best-practices': 95, seo: 95} satisfies Scores,
};
