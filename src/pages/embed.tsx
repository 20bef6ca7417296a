import type {ReactNode} from 'react';
import BrowserOnly from '@docusaurus/BrowserOnly';
import Head from '@docusaurus/Head';
import {ColorModeProvider} from '@docusaurus/theme-common/internal';
import EmbedView from '@site/src/components/Embed/EmbedView';
import {embedThemeScript} from '@site/src/components/Embed/embedTheme';

/**
 * `/embed#code=…[&target=…][?theme=light|dark]`: the stage graph for an iframe on another site. No navbar,
 * footer or search (so no @theme/Layout); the colour-mode provider is the one piece of it the graph needs.
 */
export default function Embed(): ReactNode {
  return (
    <ColorModeProvider>
      <Head>
        <title>Stage graph · Stagecraft</title>
        <meta name="robots" content="noindex" />
        <meta name="description" content="A Dockerfile's stage graph from Stagecraft, for embedding in other documentation." />
      </Head>
      {/* In the body, so that it runs after Docusaurus's colour-mode script (a pre-body tag) and wins. */}
      <script dangerouslySetInnerHTML={{__html: embedThemeScript}} />
      <BrowserOnly fallback={<p style={{padding: '0.75rem 1rem'}}>Loading the stage graph…</p>}>{() => <EmbedView />}</BrowserOnly>
    </ColorModeProvider>
  );
}
