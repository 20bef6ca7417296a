import {useId, useMemo, useState, type FormEvent, type ReactNode} from 'react';
import {testIds} from '../testIds';
import {answerInFinalImage, answerWhichStages, gradeInFinalImage, gradeWhichStages, type QuizGrade} from './grade';
import type {QuizBuild, QuizQuestion} from './quizBuild';
import styles from './styles.module.css';

interface QuizFormProps {
  question: QuizQuestion;
  build: QuizBuild;
  dockerfile: string;
  explain: string | null;
}

/** The answer form of one question; the engine grades it when the reader checks. */
export default function QuizForm(props: QuizFormProps): ReactNode {
  const [grade, setGrade] = useState<{result: QuizGrade; attempt: number} | null>(null);
  const onGraded = (result: QuizGrade) => setGrade((previous) => ({result, attempt: (previous?.attempt ?? 0) + 1}));
  const onChange = () => setGrade(null);
  const feedback = (
    <div aria-live="polite">
      {grade ? (
        <div
          key={grade.attempt}
          className={grade.result.correct ? styles.correct : styles.wrong}
          data-testid={testIds.quizFeedback}
          data-status={grade.result.correct ? 'pass' : 'fail'}>
          <p className={styles.verdict}>{grade.result.message}</p>
          {grade.result.correct && props.explain ? <p>{props.explain}</p> : null}
        </div>
      ) : null}
    </div>
  );
  return props.question.kind === 'stages' ? (
    <StagesForm {...props} onGraded={onGraded} onChange={onChange} feedback={feedback} />
  ) : (
    <PathForm {...props} path={props.question.path} onGraded={onGraded} onChange={onChange} feedback={feedback} />
  );
}

interface FormParts extends QuizFormProps {
  onGraded: (grade: QuizGrade) => void;
  onChange: () => void;
  feedback: ReactNode;
}

function CheckButton(): ReactNode {
  return (
    <button type="submit" className="button button--primary button--sm">
      Check my answer
    </button>
  );
}

function StagesForm({build, dockerfile, onGraded, onChange, feedback}: FormParts): ReactNode {
  const answer = useMemo(() => answerWhichStages(dockerfile, build), [dockerfile, build]);
  const [ticked, setTicked] = useState<number[]>([]);
  const toggle = (index: number) => {
    onChange();
    setTicked((current) => (current.includes(index) ? current.filter((i) => i !== index) : [...current, index]));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onGraded(gradeWhichStages(answer, ticked));
  };
  return (
    <form onSubmit={submit} className={styles.form}>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>Which stages does this command build? Tick every one.</legend>
        {answer.choices.map((stage) => (
          <label key={stage.index} className={styles.choice}>
            <input type="checkbox" checked={ticked.includes(stage.index)} onChange={() => toggle(stage.index)} />
            <code>{stage.label}</code> <span className={styles.line}>(line {stage.line})</span>
          </label>
        ))}
      </fieldset>
      <CheckButton />
      {feedback}
    </form>
  );
}

function PathForm({build, dockerfile, path, onGraded, onChange, feedback}: FormParts & {path: string}): ReactNode {
  const answer = useMemo(() => answerInFinalImage(dockerfile, build, path), [dockerfile, build, path]);
  const [said, setSaid] = useState<boolean | null>(null);
  const [unanswered, setUnanswered] = useState(false);
  const name = useId();
  const choose = (value: boolean) => {
    onChange();
    setUnanswered(false);
    setSaid(value);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (said === null) setUnanswered(true);
    else onGraded(gradeInFinalImage(answer, said));
  };
  return (
    <form onSubmit={submit} className={styles.form}>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>
          Is <code>{path}</code> in the final image?
        </legend>
        {([true, false] as const).map((value) => (
          <label key={String(value)} className={styles.choice}>
            <input type="radio" name={name} checked={said === value} onChange={() => choose(value)} />
            {value ? 'Yes' : 'No'}
          </label>
        ))}
      </fieldset>
      <CheckButton />
      {unanswered ? (
        <p className={styles.hint} role="alert">
          Choose Yes or No first.
        </p>
      ) : null}
      {feedback}
    </form>
  );
}
