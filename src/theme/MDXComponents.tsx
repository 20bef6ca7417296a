import MDXComponents from '@theme-original/MDXComponents';
import DockerfilePlayground from '@site/src/components/DockerfilePlayground';
import StageQuiz, {InFinalImage, WhichStages} from '@site/src/components/StageQuiz';

export default {
  ...MDXComponents,
  DockerfilePlayground,
  StageQuiz,
  WhichStages,
  InFinalImage,
};
