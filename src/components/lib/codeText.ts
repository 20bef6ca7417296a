import {isValidElement, type ReactNode} from 'react';

/**
 * The text of the fenced code block an MDX author put inside a component (`<DockerfilePlayground>` with a
 * ```dockerfile block): the first string found under the element tree. Fenced text keeps `${VAR}` and
 * backslash continuations exactly, which template strings in JSX would not.
 */
export function codeText(children: ReactNode): string | null {
  if (typeof children === 'string') return children;
  if (Array.isArray(children)) {
    for (const child of children) {
      const text = codeText(child as ReactNode);
      if (text !== null) return text;
    }
    return null;
  }
  if (isValidElement(children)) {
    return codeText((children.props as {children?: ReactNode}).children);
  }
  return null;
}

/** Ensures exactly one trailing newline, as an editor shows a file. */
export function withFinalNewline(text: string): string {
  return `${text.replace(/\n+$/, '')}\n`;
}
