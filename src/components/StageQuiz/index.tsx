import {Children, isValidElement, lazy, Suspense, useMemo, useRef, type ReactNode} from 'react';
import BrowserOnly from '@docusaurus/BrowserOnly';
import StaticCode from '../DockerfilePlayground/StaticCode';
import {editorHeight} from '../DockerfileLab/layout';
import {codeText, withFinalNewline} from '../lib/codeText';
import {useInView} from '../lib/useInView';
import {commandText, toQuizBuild, type QuizBuild, type QuizBuildProps, type QuizQuestion} from './quizBuild';
import styles from './styles.module.css';

/** The form grades with the analysis core, so it loads only when the reader gets near a question. */
const QuizForm = lazy(() => import('./QuizForm'));

/**
 * A short check of understanding inside a chapter: numbered questions whose answers the engine computes
 * from each question's Dockerfile. Write the questions as `<WhichStages>` and `<InFinalImage>` children.
 */
export default function StageQuiz({children}: {children?: ReactNode}): ReactNode {
  const questions = Children.toArray(children).filter(isValidElement);
  return (
    <ol className={styles.quiz} data-stage-quiz="">
      {questions.map((question, i) => (
        <li key={question.key ?? i} className={styles.item}>
          {question}
        </li>
      ))}
    </ol>
  );
}

interface QuestionProps extends QuizBuildProps {
  /** The Dockerfile, as a fenced ```dockerfile block inside the component. */
  children?: ReactNode;
  /** Shown after a right answer: why the answer is what it is. It must agree with the engine. */
  explain?: string;
}

/** "Which stages does this command build?", answered by ticking stages. */
export function WhichStages(props: QuestionProps): ReactNode {
  return <Question {...props} question={{kind: 'stages'}} />;
}

/** "Is this path in the final image?", answered yes or no. */
export function InFinalImage(props: QuestionProps & {path: string}): ReactNode {
  return <Question {...props} question={{kind: 'path', path: props.path}} />;
}

function Question(props: QuestionProps & {question: QuizQuestion}): ReactNode {
  const {target, builder, buildArgs} = props;
  const build: QuizBuild = useMemo(() => toQuizBuild({target, builder, buildArgs}), [target, builder, buildArgs]);
  const dockerfile = withFinalNewline(codeText(props.children) ?? '');
  const ref = useRef<HTMLDivElement | null>(null);
  const inView = useInView(ref);
  const loading = <p className={styles.loading}>Loading the question…</p>;
  return (
    <div ref={ref} className={styles.question} data-quiz-question={props.question.kind}>
      <p className={styles.command}>
        The command: <code>{commandText(build)}</code>
      </p>
      <StaticCode text={dockerfile} height={editorHeight(dockerfile)} ariaLabel="The question's Dockerfile" />
      {inView ? (
        <BrowserOnly fallback={loading}>
          {() => (
            <Suspense fallback={loading}>
              <QuizForm question={props.question} build={build} dockerfile={dockerfile} explain={props.explain ?? null} />
            </Suspense>
          )}
        </BrowserOnly>
      ) : (
        loading
      )}
    </div>
  );
}
