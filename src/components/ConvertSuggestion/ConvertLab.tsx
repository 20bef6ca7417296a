import {useCallback, useRef, useState, type ReactNode} from 'react';
import DockerfileLab, {type DockerfileLabHandle, type DockerfileLabProps} from '../DockerfileLab';
import ConvertPanel from './ConvertPanel';

/**
 * The lab with the "Suggest a multi-stage version" panel under it: the playground's lab only (on an exercise
 * page it would give the answer away). The panel reads the editor's text and writes back through the lab's handle.
 */
export default function ConvertLab(props: DockerfileLabProps): ReactNode {
  const lab = useRef<DockerfileLabHandle | null>(null);
  const [text, setText] = useState(props.example);
  const onAnalysis = useCallback((_analysis: unknown, analysed: string) => setText(analysed), []);
  const getText = useCallback(() => lab.current?.getText() ?? text, [text]);
  const replaceText = useCallback((next: string) => lab.current?.setText(next), []);
  return (
    <DockerfileLab ref={lab} {...props} onAnalysis={onAnalysis}>
      {props.children}
      <ConvertPanel text={text} getText={getText} setText={replaceText} />
    </DockerfileLab>
  );
}
