import {Children, createContext, isValidElement, lazy, Suspense, useContext, useMemo, useRef, type ReactElement, type ReactNode} from 'react';
import BrowserOnly from '@docusaurus/BrowserOnly';
import StaticCode from '../DockerfilePlayground/StaticCode';
import {editorHeight} from '../DockerfileLab/layout';
import {codeText, withFinalNewline} from '../lib/codeText';
import {useInView} from '../lib/useInView';
import {commandText, toQuizBuild, type QuizBuild, type QuizBuildProps, type QuizQuestion} from './quizBuild';
import styles from './styles.module.css';

/** The form grades with the analysis core, so it loads only when the reader gets near a question. */
const QuizForm = lazy(() => import('./QuizForm'));

/** The quiz's own Dockerfile, for questions that do not bring one. */
const SharedDockerfile = createContext<string | null>(null);

interface QuestionProps extends QuizBuildProps {
  /** The Dockerfile, as a fenced ```dockerfile block inside the component; without one, the quiz's. */
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

function isQuestion(element: ReactElement): boolean {
  return element.type === WhichStages || element.type === InFinalImage;
}

/**
 * A short check of understanding inside a chapter: numbered questions whose answers the engine computes
 * from the Dockerfile and the command. Write the questions as `<WhichStages>` and `<InFinalImage>`
 * children; a fenced Dockerfile placed directly in the quiz serves every question that has none of its own.
 */
export default function StageQuiz({children}: {children?: ReactNode}): ReactNode {
  const elements = Children.toArray(children).filter(isValidElement);
  const questions = elements.filter(isQuestion);
  const sharedText = codeText(elements.filter((element) => !isQuestion(element)));
  const shared = sharedText === null ? null : withFinalNewline(sharedText);
  const label = sharedLabel(questions);
  return (
    <div className={styles.quizBlock} data-stage-quiz="">
      {shared !== null ? (
        <div className={styles.shared}>
          <p className={styles.sharedLabel}>{label}:</p>
          <StaticCode text={shared} height={editorHeight(shared)} ariaLabel={label} />
        </div>
      ) : null}
      <SharedDockerfile.Provider value={shared}>
        <ol className={styles.quiz}>
          {questions.map((question, i) => (
            <li key={question.key ?? i} className={styles.item}>
              {question}
            </li>
          ))}
        </ol>
      </SharedDockerfile.Provider>
    </div>
  );
}

/** "The Dockerfile for these questions", or for the numbered ones that have none of their own. */
function sharedLabel(questions: readonly ReactElement[]): string {
  const numbers = questions.flatMap((question, i) => (codeText((question.props as QuestionProps).children) === null ? [i + 1] : []));
  if (numbers.length === questions.length) return 'The Dockerfile for these questions';
  const list = numbers.length === 1 ? `${numbers[0]}` : `${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
  return `The Dockerfile for question${numbers.length === 1 ? '' : 's'} ${list}`;
}

function Question(props: QuestionProps & {question: QuizQuestion}): ReactNode {
  const {target, builder, buildArgs} = props;
  const build: QuizBuild = useMemo(() => toQuizBuild({target, builder, buildArgs}), [target, builder, buildArgs]);
  const shared = useContext(SharedDockerfile);
  const own = codeText(props.children);
  const dockerfile = own !== null ? withFinalNewline(own) : (shared ?? '');
  const ref = useRef<HTMLDivElement | null>(null);
  const inView = useInView(ref);
  const loading = <p className={styles.loading}>Loading the question…</p>;
  return (
    <div ref={ref} className={styles.question} data-quiz-question={props.question.kind}>
      <p className={styles.command}>
        The command: <code>{commandText(build)}</code>
      </p>
      {own !== null ? <StaticCode text={dockerfile} height={editorHeight(dockerfile)} ariaLabel="The question's Dockerfile" /> : null}
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
