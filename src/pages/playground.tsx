import type {ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import DockerfilePlayground, {loadConvertLab} from '@site/src/components/DockerfilePlayground';
import example from '@site/src/examples/node-three-stage.Dockerfile?raw';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import styles from './playground.module.css';

// The first graph is predrawn (npm run graphs:draw) and in the page's HTML as an image, so mermaid is not needed until the
// text changes: the lab loads it after it mounts. The lab's own code is fetched as soon as this page's code
// runs, instead of after the page has rendered; a failed fetch is tried again when the lab asks for it.
if (ExecutionEnvironment.canUseDOM) loadConvertLab().catch(() => undefined);

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
