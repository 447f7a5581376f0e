// react-dom ships no types and @types/react-dom is not installed; src/plugins/ssr-nul-bytes wraps this function.
declare module 'react-dom/server.node' {
  import type {ReactNode} from 'react';
  import type {Writable} from 'node:stream';
  export function renderToPipeableStream(
    children: ReactNode,
    options?: {onError?: (error: unknown) => void; onAllReady?: () => void},
  ): {pipe<T extends Writable>(destination: T): T; abort(reason?: unknown): void};
}
