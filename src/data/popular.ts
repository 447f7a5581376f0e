/** The most asked questions, by id, for the home page. */
export const popularQuestions: string[] = [
  'reset-password',
  'login-failed',
  'project-filing',
  'out-of-range',
  'attendance-rate',
  'stats-mismatch',
  'data-mismatch',
  'clear-cache',
];
