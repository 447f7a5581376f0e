// react-dom ships no types and @types/react-dom is not installed; the remark
// fixture tests only need this one function.
declare module 'react-dom/server' {
  import type {ReactElement} from 'react';
  export function renderToStaticMarkup(element: ReactElement): string;
}
