import type {ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import DockerfilePlayground, {loadConvertLab} from '@site/src/components/DockerfilePlayground';
import example from '@site/src/examples/node-three-stage.Dockerfile?raw';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import {loadMermaid} from '@site/src/components/lib/mermaid/renderMermaid';
import styles from './playground.module.css';

// The first graph needs the lab's code and mermaid: fetch both as soon as this page's code runs, side by side,
// instead of the lab after the page has rendered and mermaid after the lab. A failed fetch is tried again
// when the lab and the graph ask for them.
if (ExecutionEnvironment.canUseDOM) {
  loadConvertLab().catch(() => undefined);
  loadMermaid().catch(() => undefined);
}

export default function Playground(): ReactNode {
  return (
    <Layout
      title="Playground"
      description="A live Dockerfile editor that draws the stage graph of a multi-stage build, shows what BuildKit builds for each target and what ends up in the final image.">
      <main className={styles.main}>
        <header className={styles.header}>
          <Heading as="h1">Dockerfile playground</Heading>
          <p>
            Edit the Dockerfile: the stage graph, the target&apos;s build and the diagnostics follow as you type. Everything runs in your browser. New to
            multi-stage builds? Start with <Link to="/tutorial/first-multi-stage-build">your first multi-stage build</Link>.
          </p>
        </header>
        <DockerfilePlayground code={example} variant="page" eager title="Your Dockerfile" suggestConversion />
      </main>
    </Layout>
  );
}
