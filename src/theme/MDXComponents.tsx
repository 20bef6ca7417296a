import MDXComponents from '@theme-original/MDXComponents';
import DockerfilePlayground from '@site/src/components/DockerfilePlayground';

export default {
  ...MDXComponents,
  DockerfilePlayground,
};
