import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import bundlingPlugin from './src/plugins/bundling';
import markdownSourcePlugin from './src/plugins/markdownSource';
import {addPageRoutes} from './src/plugins/offline/precacheRoutes';
import {darkCodeTheme, lightCodeTheme} from './src/prismThemes';
import {stagecraftSiteUrl} from './src/core/report/siteUrl';

const config: Config = {
  title: 'Stagecraft',
  tagline: 'Learn Docker multi-stage builds by building them',
  favicon: 'img/favicon.svg',

  future: {
    v4: true,
  },

  url: stagecraftSiteUrl,
  baseUrl: '/',
  trailingSlash: false,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  markdown: {
    mermaid: true,
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  i18n: {
    defaultLocale: 'en',
    locales: ['en'],
  },

  presets: [
    [
      'classic',
      {
        docs: {
          path: 'docs',
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          showLastUpdateTime: false,
        },
        blog: false,
        theme: {
          customCss: './src/css/custom.css',
        },
        sitemap: {
          changefreq: 'weekly',
          priority: 0.5,
          // The embed is a frame for other sites' pages, not a page of its own.
          ignorePatterns: ['/embed'],
        },
      } satisfies Preset.Options,
    ],
  ],

  themes: [
    // Declares the <Mermaid> component for ```mermaid blocks; src/theme/Mermaid replaces its body so that
    // chapters draw through the site's one mermaid module (src/components/lib/mermaid), configured there.
    '@docusaurus/theme-mermaid',
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        indexBlog: false,
        indexPages: true,
        docsRouteBasePath: '/',
        highlightSearchTermsOnTargetPage: false,
        explicitSearchResultPath: true,
      },
    ],
  ],

  clientModules: ['./src/plugins/offline/registerServiceWorker.ts', './src/plugins/prefetch/idlePrefetch.ts', './src/plugins/hydration/pageHydrated.ts'],

  plugins: [
    bundlingPlugin,
    markdownSourcePlugin,
    [
      // After one visit the whole site, search index and editor included, works without a network.
      '@docusaurus/plugin-pwa',
      {
        offlineModeActivationStrategies: ['always'],
        // Registered by src/plugins/offline/registerServiceWorker.ts (clientModules, above).
        swRegister: false,
        injectManifestConfig: {
          manifestTransforms: [addPageRoutes],
          // The editor's largest chunk is about 3 MB; Workbox skips files above 2 MiB by default.
          maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
        },
        pwaHead: [
          {tagName: 'link', rel: 'manifest', href: '/manifest.json'},
          {tagName: 'meta', name: 'theme-color', content: '#0f766e'},
        ],
      },
    ],
  ],

  themeConfig: {
    image: 'img/social-card.png',
    colorMode: {
      respectPrefersColorScheme: true,
    },
    navbar: {
      title: 'Stagecraft',
      logo: {
        alt: 'Stagecraft logo: three stages feeding one small image',
        src: 'img/logo.svg',
        width: 32,
        height: 32,
      },
      items: [
        {type: 'docSidebar', sidebarId: 'tutorial', position: 'left', label: 'Tutorial'},
        {type: 'docSidebar', sidebarId: 'exercises', position: 'left', label: 'Exercises'},
        {to: '/playground', label: 'Playground', position: 'left'},
        {type: 'docSidebar', sidebarId: 'reference', position: 'right', label: 'Reference'},
        {to: '/tutorial/cheat-sheet', label: 'Cheat sheet', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Learn',
          items: [
            {label: 'Why multi-stage builds', to: '/tutorial/why-multi-stage-builds'},
            {label: 'Your first multi-stage build', to: '/tutorial/first-multi-stage-build'},
            {label: 'Cheat sheet', to: '/tutorial/cheat-sheet'},
          ],
        },
        {
          title: 'Practise',
          items: [
            {label: 'Exercises', to: '/exercises'},
            {label: 'Playground', to: '/playground'},
          ],
        },
        {
          title: 'Reference',
          items: [
            {label: 'Diagnostics', to: '/reference/diagnostics'},
            {label: 'How the analysis works', to: '/reference/engine'},
          ],
        },
      ],
      copyright: `Stagecraft — a hands-on guide to Docker multi-stage builds. Examples are analysed in your browser; nothing is sent anywhere.`,
    },
    prism: {
      theme: lightCodeTheme,
      darkTheme: darkCodeTheme,
      additionalLanguages: ['docker', 'bash'],
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
