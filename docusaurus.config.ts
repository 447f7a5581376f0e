import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type {PluginOptions as SearchOptions} from '@easyops-cn/docusaurus-search-local';
import faqDataPlugin from './src/plugins/faq-data';
import {sidebarItemsGenerator} from './src/plugins/faq-data/sidebar';
import shortLinksPlugin from './src/plugins/short-links';
import noCodeHighlightingPlugin from './src/plugins/no-code-highlighting';
import quietPrefetchPlugin from './src/plugins/quiet-prefetch';
import allQuestionsPlugin from './src/plugins/all-questions';
import leanCssPlugin from './src/plugins/lean-css';
import repliesPlugin from './src/plugins/replies';
import searchSimplifiedPlugin from './src/plugins/search-simplified';
import ssrNulBytesPlugin from './src/plugins/ssr-nul-bytes';
import {withShortLinkQr} from './src/plugins/short-links/qr';
import finishBuildPlugin from './src/plugins/finish-build';
import browserTargetsPlugin from './src/plugins/browser-targets';
import sharedChunksPlugin from './src/plugins/shared-chunks';
import preactPlugin from './src/plugins/preact';
import tslibHelpersPlugin from './src/plugins/tslib-helpers';
import remarkRestricted, {type RestrictedOptions} from './src/remark/restricted';
import remarkSafeContent from './src/remark/safe-content';
import remarkNonEmpty from './src/remark/non-empty';
import remarkMenuPath from './src/remark/menu-path';
import remarkLinkUrl from './src/remark/link-url';
import remarkFlow from './src/remark/flow';
import remarkFaqPage from './src/remark/faq-page';
import {requireRestrictedValues} from './src/lib/restricted';

// Environment flags (see README): where the site lives and which build it is.
const SITE_URL = process.env.SITE_URL ?? 'http://localhost:3000';
const BASE_URL = process.env.BASE_URL ?? '/';
const FAQ_INTERNAL = process.env.FAQ_INTERNAL === '1';
// Searches, votes and copies recorded in the server's access log (src/lib/events); FAQ_EVENTS=0 turns them off.
const FAQ_EVENTS = process.env.FAQ_EVENTS !== '0';

if (!BASE_URL.startsWith('/') || !BASE_URL.endsWith('/')) {
  throw new Error(`BASE_URL 必须以 / 开头并以 / 结尾，例如 /faq/，现在是 "${BASE_URL}"`);
}
// The internal build shows the test project's key and password: it stops here, saying where to put them, without them.
if (FAQ_INTERNAL) requireRestrictedValues();

const SITE_TITLE = '实名制技术支持';

export default {
  title: SITE_TITLE,
  tagline: '杭州实名制、萧山云平台常见问题',
  favicon: 'img/favicon.svg',
  customFields: {events: FAQ_EVENTS},
  url: SITE_URL,
  baseUrl: BASE_URL,
  trailingSlash: true,
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  // Its English banner and inline script are for developers; a page whose scripts fail still reads as HTML.
  baseUrlIssueBanner: false,
  i18n: {defaultLocale: 'zh-Hans', locales: ['zh-Hans']},
  future: {
    // Cascade layers stay off: old Chromium kernels in QQ and 360 browsers
    // lack @layer, and its polyfill lets theme rules beat our CSS modules.
    v4: {
      removeLegacyPostBuildHeadAttribute: true,
      useCssCascadeLayers: false,
      siteStorageNamespacing: true,
      fasterByDefault: true,
      mdx1CompatDisabledByDefault: true,
    },
    faster: true,
  },
  markdown: {
    format: 'detect',
    // Each question's front matter gets the QR code of its short link.
    parseFrontMatter: withShortLinkQr(`${SITE_URL}${BASE_URL}`),
    hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'},
  },
  headTags: [
    // 360 and QQ browsers: use the modern engine, not IE compatibility mode.
    {tagName: 'meta', attributes: {name: 'renderer', content: 'webkit'}},
    {tagName: 'meta', attributes: {'http-equiv': 'X-UA-Compatible', content: 'IE=edge'}},
    // QQ group numbers are not phone numbers.
    {tagName: 'meta', attributes: {name: 'format-detection', content: 'telephone=no'}},
    {tagName: 'link', attributes: {rel: 'apple-touch-icon', href: `${BASE_URL}img/apple-touch-icon.png`}},
  ],
  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          sidebarItemsGenerator,
          breadcrumbs: true,
          showLastUpdateTime: true,
          // Before Docusaurus's own plugins turn images and links into JSX: see the Markdown as written.
          beforeDefaultRemarkPlugins: [remarkSafeContent, remarkNonEmpty],
          remarkPlugins: [
            [
              remarkRestricted,
              {internal: FAQ_INTERNAL, publicNote: '（不公开，请向技术支持索取）'} satisfies RestrictedOptions,
            ],
            remarkMenuPath,
            remarkLinkUrl,
            remarkFlow,
            // Each page's question data (src/plugins/faq-data), read by src/theme/DocItem.
            remarkFaqPage,
          ],
        },
        blog: false,
        pages: {},
        // Listed in plugins instead, after finish-build (which must come before every postBuild).
        sitemap: false,
        theme: {customCss: ['./src/css/custom.css', './src/css/markdown.css']},
      } satisfies Preset.Options,
    ],
  ],
  plugins: [
    // First: it runs after every later plugin's postBuild (src/plugins/README.md, finish-build).
    finishBuildPlugin({internal: FAQ_INTERNAL}),
    faqDataPlugin,
    shortLinksPlugin,
    repliesPlugin,
    searchSimplifiedPlugin,
    allQuestionsPlugin,
    noCodeHighlightingPlugin,
    quietPrefetchPlugin,
    leanCssPlugin,
    ssrNulBytesPlugin,
    browserTargetsPlugin,
    sharedChunksPlugin,
    preactPlugin,
    tslibHelpersPlugin,
    '@docusaurus/plugin-sitemap',
  ],
  clientModules: [
    './src/lib/search/highlightOnPage.ts',
    // Before React hydrates: the page as the server sent it, for a render that fails.
    './src/components/RenderErrorFallback/snapshot.ts',
  ],
  themes: [
    [
      '@easyops-cn/docusaurus-search-local',
      {
        language: ['zh', 'en'],
        indexBlog: false,
        docsRouteBasePath: '/',
        // jieba segments the pages at build time, with our domain words.
        zhUserDictPath: './src/data/search-dict.txt',
        removeDefaultStopWordFilter: ['zh'],
        // Our own search box and page (src/lib/search) fetch search-index.json
        // and highlight the terms on the target page.
        hashed: false,
        highlightSearchTermsOnTargetPage: false,
        ignoreCssSelectors: ['[data-search-ignore]'],
      } satisfies Partial<SearchOptions>,
    ],
  ],
  themeConfig: {
    image: 'img/card.png',
    colorMode: {respectPrefersColorScheme: true},
    navbar: {
      title: SITE_TITLE,
      items: [
        {to: '/general/', label: '通用问题', position: 'left'},
        {to: '/hangzhou/', label: '杭州实名制', position: 'left'},
        {to: '/xiaoshan/', label: '萧山云平台', position: 'left'},
        {to: '/all/', label: '全部问题', position: 'right'},
        {to: '/support/', label: '联系支持', position: 'right'},
      ],
    },
    docs: {sidebar: {autoCollapseCategories: true}},
  } satisfies Preset.ThemeConfig,
} satisfies Config;
