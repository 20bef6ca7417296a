import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import StageDiagram from '@site/src/components/StageDiagram';
import styles from './index.module.css';

const paths = [
  {
    title: 'Read the tutorial',
    to: '/tutorial/why-multi-stage-builds',
    text: 'Fourteen short chapters: naming stages, COPY --from, --target, build arguments, cache, security, modern BuildKit, and recipes for Node, Go, Python, Java, Rust and static sites.',
  },
  {
    title: 'Open the playground',
    to: '/playground',
    text: 'Type a Dockerfile and watch its stage graph, what BuildKit builds for each target, and what lands in the final image.',
  },
  {
    title: 'Do the exercises',
    to: '/exercises',
    text: 'Convert, repair and secure Dockerfiles, then press Check: feedback that starts with the first thing to fix, hints, solutions, saved progress.',
  },
];

export default function Home(): ReactNode {
  return (
    <Layout
      title="Learn Docker multi-stage builds"
      description="An interactive guide to Docker multi-stage builds: a tutorial, a live Dockerfile editor that draws the stage graph, and exercises checked in your browser.">
      <main className={styles.main}>
        <section className={styles.hero}>
          <div className={styles.pitch}>
            <Heading as="h1" className={styles.title}>
              Ship the app, <span className={styles.accent}>not the toolchain</span>
            </Heading>
            <p className={styles.lead}>
              Stagecraft teaches Docker multi-stage builds: build in one stage, copy only what runs into a small final image. Its live editors draw the stage
              graph, mark what BuildKit builds for your target, and estimate what your image keeps and what stays behind.
            </p>
            <div className={styles.actions}>
              <Link className="button button--primary button--lg" to="/tutorial/why-multi-stage-builds">
                Start the tutorial
              </Link>
              <Link className="button button--secondary button--lg" to="/playground">
                Open the playground
              </Link>
            </div>
          </div>
          <StageDiagram />
        </section>
        <section className={styles.paths} aria-label="Ways to learn">
          {paths.map((path) => (
            <Link key={path.to} to={path.to} className={styles.card}>
              <Heading as="h2" className={styles.cardTitle}>
                {path.title}
              </Heading>
              <p>{path.text}</p>
            </Link>
          ))}
        </section>
      </main>
    </Layout>
  );
}
