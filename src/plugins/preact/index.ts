import type {Plugin} from '@docusaurus/types';

/**
 * The browser bundle runs Preact (preact/compat) in place of React: the same
 * components, about 40 KB less JavaScript before a page is usable. The
 * server render keeps React.
 */
export default function preactPlugin(): Plugin {
  return {
    name: 'preact',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        resolve: {
          alias: {
            'react/jsx-runtime': 'preact/jsx-runtime',
            'react/jsx-dev-runtime': 'preact/jsx-runtime',
            'react-dom/test-utils': 'preact/test-utils',
            'react-dom': 'preact/compat',
            react: 'preact/compat',
          },
        },
      };
    },
  };
}
