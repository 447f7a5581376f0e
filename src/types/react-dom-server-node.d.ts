// Why: @types/react-dom types react-dom/server but not its Node entry, which src/plugins/ssr-nul-bytes wraps.
declare module 'react-dom/server.node' {
  export * from 'react-dom/server';
}
