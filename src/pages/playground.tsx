import type {ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';

export default function Playground(): ReactNode {
  return (
    <Layout title="Playground" description="A live Dockerfile editor that draws the stage graph of a multi-stage build.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Dockerfile playground</Heading>
        <p>
          The live editor is on its way: it will draw the stage graph of any Dockerfile you type, show what
          BuildKit builds for each <code>--target</code>, and estimate what ends up in the final image.
        </p>
        <p>
          Meanwhile, start with <Link to="/tutorial/first-multi-stage-build">your first multi-stage build</Link>.
        </p>
      </main>
    </Layout>
  );
}
