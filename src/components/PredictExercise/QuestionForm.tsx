import {useMemo, useState, type ReactNode} from 'react';
import {answerQuestion, gradeQuestion} from '@site/src/exercises';
import type {PredictQuestion} from '@site/src/exercises/types';
import type {PredictionGrade} from '@site/src/core';
import styles from './styles.module.css';
import {testIds} from '../testIds';

interface QuestionFormProps {
  question: PredictQuestion;
  onGraded: (correct: boolean) => void;
}

/** Tick the stages the command builds; the answer comes from the analysis core, not from the page. */
export default function QuestionForm({question, onGraded}: QuestionFormProps): ReactNode {
  const answer = useMemo(() => answerQuestion(question), [question]);
  const [ticked, setTicked] = useState<number[]>([]);
  const [grade, setGrade] = useState<PredictionGrade | null>(null);

  const toggle = (index: number) => {
    setGrade(null);
    setTicked((current) => (current.includes(index) ? current.filter((i) => i !== index) : [...current, index].sort((a, b) => a - b)));
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const result = gradeQuestion(question, ticked);
    setGrade(result);
    onGraded(result.correct);
  };

  return (
    <form onSubmit={submit} className={styles.form} data-question={question.id}>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>Which stages are built?</legend>
        {answer.stages.map((stage) => (
          <label key={stage.index} className={styles.choice}>
            <input type="checkbox" checked={ticked.includes(stage.index)} onChange={() => toggle(stage.index)} />
            <code>{stage.label}</code> <span className={styles.line}>(line {stage.line})</span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button button--primary button--sm">
        Check my answer
      </button>
      <div aria-live="polite">
        {grade ? (
          <div
            className={grade.correct ? styles.correct : styles.wrong}
            data-testid={testIds.prediction(question.id)}
            data-status={grade.correct ? 'pass' : 'fail'}>
            <p className={styles.verdict}>{grade.message}</p>
            {grade.correct ? <p>{question.explanation}</p> : null}
          </div>
        ) : null}
      </div>
    </form>
  );
}
