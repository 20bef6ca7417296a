import type {ReactNode} from 'react';
import Heading from '@theme-original/Heading';
import type HeadingType from '@theme/Heading';
import type {WrapperProps} from '@docusaurus/types';
import CopySectionLink from '@site/src/components/CopySectionLink';

type Props = WrapperProps<typeof HeadingType>;

/** Docusaurus's heading (with its # link), plus a "Copy link" button on every heading that has an anchor. */
export default function HeadingWrapper(props: Props): ReactNode {
  if (props.as === 'h1' || !props.id) return <Heading {...props} />;
  const text = typeof props.children === 'string' ? props.children : null;
  return (
    <Heading {...props}>
      {props.children}
      <CopySectionLink id={props.id} heading={text} />
    </Heading>
  );
}
