// Monaco's editor worker, bundled locally (never fetched from a CDN).
import 'monaco-editor/editor/editor.worker';
