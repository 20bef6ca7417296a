import {lazy, Suspense, useRef, useState, type ReactNode} from 'react';
import BrowserOnly from '@docusaurus/BrowserOnly';
import {useLocation} from '@docusaurus/router';
import {codeText, withFinalNewline} from '../lib/codeText';
import {useInView} from '../lib/useInView';
import {exampleKey} from '../StageGraph/predrawn/keys';
import LabSkeleton from './LabSkeleton';
import {labStorageKey} from './labStorageKey';

const DockerfileLab = lazy(() => import('../DockerfileLab'));
/**
 * The playground's lab (the lab with the conversion panel). One import() call site, so the page that fetches it
 * early gets the very chunks this component uses.
 */
export const loadConvertLab = () => import('../ConvertSuggestion/ConvertLab');
const ConvertLab = lazy(loadConvertLab);

export interface DockerfilePlaygroundProps {
  /** The Dockerfile, as a fenced ```dockerfile block inside the component in MDX. */
  children?: ReactNode;
  /** The Dockerfile as a string (pages and components), instead of children. */
  code?: string;
  /** The stage selected at first (name or index); defaults to the last stage. */
  target?: string;
  /** A short title shown above the editor. */
  title?: string;
  /** `page` for the full-width playground. */
  variant?: 'inline' | 'page';
  /** Load at once rather than when scrolled near (the playground page). */
  eager?: boolean;
  /**
   * The diagnostic codes this example is meant to show, comma-separated (`"DL3022,UndefinedStage"`). Read only by
   * the content tests, which fail on any other error or warning; ignored when rendering.
   */
  expect?: string;
  /** Offer "Suggest a multi-stage version" under the lab (the playground page only, never an exercise). */
  suggestConversion?: boolean;
  /** A change to simulate at first under "What reruns if I change…" (`src/server.ts`, `package.json`, `arg:NAME`). */
  change?: string;
}

const labMarker = 'data-dockerfile-lab';

/**
 * The live Dockerfile editor as an MDX component. This part is in every page's bundle, so it is tiny: it
 * shows the Dockerfile at once (also without JavaScript), and loads the lab — analysis, Monaco, mermaid,
 * each lazily — when the reader scrolls near it or focuses it.
 */
export default function DockerfilePlayground(props: DockerfilePlaygroundProps): ReactNode {
  const example = withFinalNewline(props.code ?? codeText(props.children) ?? '');
  const variant = props.variant ?? 'inline';
  const {pathname} = useLocation();
  const ref = useRef<HTMLDivElement | null>(null);
  const inView = useInView(ref);
  const [activated, setActivated] = useState(false);
  // Every authored example's graph is drawn ahead of time (npm run graphs:draw; a content test keeps them current).
  const predrawnKey = exampleKey(example, props.target ?? null);
  const skeleton = <LabSkeleton text={example} title={props.title} variant={variant} predrawnKey={predrawnKey} />;
  const load = props.eager || inView || activated;
  const Lab = props.suggestConversion ? ConvertLab : DockerfileLab;

  return (
    <div ref={ref} {...{[labMarker]: ''}} onFocusCapture={() => setActivated(true)} onPointerDown={() => setActivated(true)}>
      {load ? (
        <BrowserOnly fallback={skeleton}>
          {() => (
            <Suspense fallback={skeleton}>
              <Lab
                storageKey={labStorageKey(pathname, example)}
                example={example}
                initialTarget={props.target ?? null}
                title={props.title}
                variant={variant}
                readsUrl={document.querySelectorAll(`[${labMarker}]`).length === 1}
                initialChange={props.change}
                predrawnKey={predrawnKey}
              />
            </Suspense>
          )}
        </BrowserOnly>
      ) : (
        skeleton
      )}
    </div>
  );
}
