// Aliases for two of mermaid's own chunk files, set in src/plugins/bundling.ts: imported only to fetch them early.
declare module 'stagecraft-mermaid-flowchart';
declare module 'stagecraft-mermaid-dagre';
