// The one tslib helper that @docusaurus/utils-common's index uses, taken from tslib itself (tree-shaken).
export {__importDefault} from 'tslib';
