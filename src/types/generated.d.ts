// Why: the faq-data plugin writes this file at build time (src/plugins/faq-data/pages.ts); TypeScript cannot see it.
declare module '@generated/faq-data/default/questions.json' {
  const data: import('../plugins/faq-data/types').FaqAllQuestions;
  export default data;
}
