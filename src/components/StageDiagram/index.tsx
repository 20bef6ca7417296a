import type {ReactNode} from 'react';
import styles from './styles.module.css';

/**
 * A static picture of a three-stage Node.js build for the landing page. Plain HTML, so the front page
 * needs neither mermaid nor the editor.
 */
export default function StageDiagram(): ReactNode {
  return (
    <figure className={styles.figure}>
      <ol className={styles.graph} aria-label="Stage graph of a three-stage Node.js build">
        <li className={styles.node}>
          <span className={styles.name}>deps</span>
          <code className={styles.detail}>FROM node:24 · npm ci</code>
        </li>
        <li className={styles.edge} aria-hidden="true">
          <span>FROM deps</span>
        </li>
        <li className={styles.node}>
          <span className={styles.name}>build</span>
          <code className={styles.detail}>RUN npm run build</code>
        </li>
        <li className={styles.edge} aria-hidden="true">
          <span>COPY --from=build /app/dist</span>
        </li>
        <li className={`${styles.node} ${styles.final}`}>
          <span className={styles.name}>runtime</span>
          <code className={styles.detail}>FROM node:24-slim · the image you ship</code>
        </li>
      </ol>
      <div className={styles.split}>
        <div>
          <strong>Stays in the builder stages</strong>
          <p>compilers, source code, devDependencies, npm cache</p>
        </div>
        <div>
          <strong>Lands in the final image</strong>
          <p>
            <code>dist/</code>, production dependencies, the Node.js runtime
          </p>
        </div>
      </div>
      <figcaption className={styles.caption}>BuildKit builds only the stages the final image needs, and only what you copy out reaches it.</figcaption>
    </figure>
  );
}
