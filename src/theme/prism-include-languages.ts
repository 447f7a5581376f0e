// Why: the theme registers extra Prism languages at start-up; the FAQ shows
// no code (see src/plugins/no-code-highlighting), so there are none to add.
export default function prismIncludeLanguages(): void {}
