import type {ReactNode} from 'react';

export interface DockerfilePlaygroundProps {
  /** The Dockerfile, as a fenced ```dockerfile block inside the component in MDX. */
  children: ReactNode;
  /** The stage selected at first (name or index); defaults to the last stage. */
  target?: string;
  /** A short title shown above the editor. */
  title?: string;
}

/**
 * The Dockerfile shown as its highlighted code block. The live editor, graph and contents panel mount
 * over this block once they exist; the block stays the server-rendered fallback.
 */
export default function DockerfilePlayground({children}: DockerfilePlaygroundProps): ReactNode {
  return <div data-testid="dockerfile-editor">{children}</div>;
}
