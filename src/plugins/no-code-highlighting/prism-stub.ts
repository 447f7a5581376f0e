// Stands in for prism-react-renderer in the browser bundle: the FAQ has no
// code blocks, and the theme's client module would otherwise ship Prism.
export const Prism = {languages: {}};
export const themes = {};
