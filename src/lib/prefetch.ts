import type {ClientModule} from '@docusaurus/types';

/**
 * Client module: Docusaurus prefetches the code of every page a visible link
 * leads to (the sidebar alone lists some forty). On a slow mobile network
 * that competes with the page being read, so viewport prefetching is off;
 * a link's code still loads when it is hovered or touched, before the click.
 * window.docusaurus is the documented client API; it exists once the app runs.
 */
const module: ClientModule = {
  onRouteDidUpdate() {
    if (window.docusaurus) window.docusaurus.prefetch = () => false;
  },
};

export default module;
