import {useEffect, useRef, type ReactNode} from 'react';
import Editor, {type OnMount} from '@monaco-editor/react';
import {useColorMode} from '@docusaurus/theme-common';
import type {Diagnostic, SourceRange} from '@site/src/core';
import {editorFontSize, editorLineHeight, editorPadding} from './metrics';
import {monaco} from './setupMonaco';

type CodeEditor = Parameters<OnMount>[0];

export interface RevealRequest {
  line: number;
  endLine?: number;
  /** Changes on every request, so asking twice for the same line reveals it twice. */
  nonce: number;
}

export interface DockerfileEditorProps {
  value: string;
  onChange: (value: string) => void;
  diagnostics: readonly Diagnostic[];
  /** A stage to highlight (the one chosen in the graph or the list). */
  highlight: SourceRange | null;
  reveal: RevealRequest | null;
  onCursorLine: (line: number) => void;
  onReady: () => void;
  /** Focus the editor once it mounts (the reader clicked the code before Monaco was there). */
  focusOnMount?: boolean;
  height: number;
  ariaLabel: string;
  /** Shown while Monaco itself starts (its own loading state). */
  placeholder: ReactNode;
}

const severity = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
} as const;

function toMarkers(model: monaco.editor.ITextModel, diagnostics: readonly Diagnostic[]): monaco.editor.IMarkerData[] {
  const lineCount = model.getLineCount();
  return diagnostics
    .filter((d) => d.line <= lineCount)
    .map((d) => {
      const endLine = Math.min(d.endLine, lineCount);
      const wholeLine = d.line === endLine && d.endColumn <= d.column;
      return {
        severity: severity[d.severity],
        message: d.message,
        source: 'Stagecraft',
        code: d.url ? {value: d.code, target: monaco.Uri.parse(new URL(d.url, window.location.origin).href)} : d.code,
        startLineNumber: d.line,
        startColumn: wholeLine ? 1 : d.column,
        endLineNumber: endLine,
        endColumn: wholeLine ? model.getLineMaxColumn(d.line) : d.endColumn,
      };
    });
}

/** Rendered and reachable: a control inside a closed <details> still has a box, but cannot take focus. */
function isShown(element: HTMLElement): boolean {
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : element.offsetParent !== null;
}

/** Moves focus to the next (or previous) focusable element outside the editor that takes it. */
function focusOutside(container: HTMLElement, backwards: boolean): void {
  const focusable = [
    ...document.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), select, input, textarea, summary, [tabindex]:not([tabindex="-1"])'),
  ].filter((element) => !container.contains(element) && isShown(element));
  const position = (element: HTMLElement) => container.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING;
  const candidates = backwards ? focusable.filter((e) => !position(e)).reverse() : focusable.filter((e) => position(e));
  for (const candidate of candidates) {
    candidate.focus();
    if (document.activeElement === candidate) return;
  }
}

/**
 * The Monaco editor for a Dockerfile: diagnostics as markers (with a link to their explanation), the
 * chosen stage highlighted, the cursor's line reported. Keyboard: Tab indents; Esc then Tab (or
 * Shift+Tab) leaves the editor; Ctrl+M switches Tab to moving focus for good.
 */
export default function DockerfileEditor(props: DockerfileEditorProps): ReactNode {
  const {colorMode} = useColorMode();
  const editorRef = useRef<CodeEditor | null>(null);
  const decorations = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const containerRef = useRef<HTMLDivElement | null>(null);
  // Monaco's listener is registered once, on mount; it calls the latest callback through this ref.
  const onCursorLine = useRef(props.onCursorLine);
  useEffect(() => {
    onCursorLine.current = props.onCursorLine;
  });
  // Monaco owns the text while the reader types; `value` only brings in changes made elsewhere (Reset,
  // an exercise's solution). A render can arrive a keystroke or two behind the editor, so a value the
  // editor itself reported is never written back: that would drop the newer keys and throw the cursor
  // to the end of the file.
  const reported = useRef<string[]>([]);
  useEffect(() => {
    const echo = reported.current.indexOf(props.value);
    if (echo !== -1) {
      reported.current.splice(0, echo + 1);
      return;
    }
    const editor = editorRef.current;
    if (!editor || editor.getValue() === props.value) return;
    editor.executeEdits('stagecraft', [{range: editor.getModel()!.getFullModelRange(), text: props.value, forceMoveMarkers: true}]);
    editor.pushUndoStop();
  }, [props.value]);

  const handleMount: OnMount = (editor) => {
    editorRef.current = editor;
    decorations.current = editor.createDecorationsCollection([]);
    editor.onDidChangeCursorPosition((event) => onCursorLine.current(event.position.lineNumber));
    let escapeArmed = false;
    editor.onKeyDown((event) => {
      if (event.keyCode === monaco.KeyCode.Escape) {
        escapeArmed = true;
        return;
      }
      if (event.keyCode === monaco.KeyCode.Tab && escapeArmed && containerRef.current) {
        event.preventDefault();
        event.stopPropagation();
        focusOutside(containerRef.current, event.shiftKey);
      }
      escapeArmed = false;
    });
    if (props.focusOnMount) editor.focus();
    props.onReady();
  };

  // Each analysis brings a new list; between two, Monaco moves the markers with the edits itself.
  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model) monaco.editor.setModelMarkers(model, 'stagecraft', toMarkers(model, props.diagnostics));
  }, [props.diagnostics]);

  useEffect(() => {
    const range = props.highlight;
    decorations.current?.set(
      range
        ? [
            {
              range: new monaco.Range(range.line, 1, range.endLine, 1),
              options: {isWholeLine: true, className: 'sc-stage-highlight', linesDecorationsClassName: 'sc-stage-highlight-margin'},
            },
          ]
        : [],
    );
  }, [props.highlight]);

  useEffect(() => {
    const editor = editorRef.current;
    if (!editor || !props.reveal) return;
    const {line, endLine} = props.reveal;
    editor.revealLinesInCenterIfOutsideViewport(line, endLine ?? line);
    editor.setPosition({lineNumber: line, column: 1});
    editor.focus();
  }, [props.reveal]);

  return (
    <div ref={containerRef} style={{height: props.height}}>
      <Editor
        defaultValue={props.value}
        language="dockerfile"
        theme={colorMode === 'dark' ? 'stagecraft-dark' : 'stagecraft-light'}
        loading={props.placeholder}
        onChange={(value = '') => {
          reported.current.push(value);
          props.onChange(value);
        }}
        onMount={handleMount}
        height={props.height}
        options={{
          ariaLabel: props.ariaLabel,
          fontSize: editorFontSize,
          lineHeight: editorLineHeight,
          padding: {top: editorPadding, bottom: editorPadding},
          minimap: {enabled: false},
          scrollBeyondLastLine: false,
          wordWrap: 'on',
          renderLineHighlight: 'line',
          tabSize: 4,
          automaticLayout: true,
          fixedOverflowWidgets: true,
          lineNumbersMinChars: 3,
          glyphMargin: false,
          folding: false,
          contextmenu: false,
          scrollbar: {alwaysConsumeMouseWheel: false},
        }}
      />
    </div>
  );
}
