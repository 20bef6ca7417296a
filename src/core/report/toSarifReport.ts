import type {Analysis, Diagnostic, Severity} from '../types';
import {diagnosticDefinitions, diagnosticUrl, type AnyDiagnosticCode} from '../diagnostics/codes';
import {absoluteSiteUrl, stagecraftSiteUrl} from './siteUrl';

/**
 * SARIF 2.1.0 (OASIS, https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html), the format GitHub
 * code scanning and GitLab read. Only the properties the report fills are typed here.
 */
interface SarifRule {
  id: string;
  name: string;
  shortDescription: {text: string};
  helpUri: string;
  defaultConfiguration: {level: SarifLevel};
  properties: {origin: string};
}

type SarifLevel = 'error' | 'warning' | 'note';

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: {text: string};
  locations: {physicalLocation: {artifactLocation: {uri: string}; region: {startLine: number; startColumn: number; endLine: number; endColumn: number}}}[];
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: {tool: {driver: {name: string; informationUri: string; version?: string; rules: SarifRule[]}}; results: SarifResult[]}[];
}

export interface SarifOptions {
  /** The file as the user named it; written into each result as a relative URI. */
  file: string;
  /** The CLI's version, when known. */
  toolVersion?: string;
  siteUrl?: string;
}

// SARIF §3.27.10: `note` is the level for something worth knowing that is not a problem.
const levels: Record<Severity, SarifLevel> = {error: 'error', warning: 'warning', info: 'note'};

const internalErrorRule = {severity: 'error', origin: 'stagecraft', title: 'Stagecraft failed while analysing this file'} as const;

function ruleFor(code: AnyDiagnosticCode, siteUrl: string): SarifRule {
  const definition = code === 'InternalError' ? internalErrorRule : diagnosticDefinitions[code];
  return {
    id: code,
    name: code,
    shortDescription: {text: definition.title},
    helpUri: absoluteSiteUrl(diagnosticUrl(code), siteUrl),
    defaultConfiguration: {level: levels[definition.severity]},
    properties: {origin: definition.origin},
  };
}

/**
 * A path as SARIF wants it (§3.4.3): a relative path as a relative URI reference (code scanning resolves it
 * against the repository root), an absolute one as a `file://` URI; forward slashes, segments percent-encoded.
 */
export function toArtifactUri(file: string): string {
  const slashed = file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  const drive = /^[A-Za-z]:\//.exec(slashed)?.[0] ?? '';
  const encoded = `${drive}${slashed.slice(drive.length).split('/').map(encodeURIComponent).join('/')}`;
  if (drive !== '') return `file:///${encoded}`;
  return slashed.startsWith('/') ? `file://${encoded}` : encoded;
}

/** SARIF lines and columns are 1-based like ours, with an exclusive end column; a range never starts before 1:1. */
function regionOf(diagnostic: Diagnostic): SarifResult['locations'][number]['physicalLocation']['region'] {
  const startLine = Math.max(1, diagnostic.line);
  const startColumn = Math.max(1, diagnostic.column);
  const endLine = Math.max(startLine, diagnostic.endLine);
  const endColumn = endLine === startLine ? Math.max(startColumn, diagnostic.endColumn) : Math.max(1, diagnostic.endColumn);
  return {startLine, startColumn, endLine, endColumn};
}

function resultFor(diagnostic: Diagnostic, ruleIndex: number, uri: string): SarifResult {
  return {
    ruleId: diagnostic.code,
    ruleIndex,
    level: levels[diagnostic.severity],
    message: {text: diagnostic.message},
    locations: [
      {
        physicalLocation: {
          artifactLocation: {uri},
          region: regionOf(diagnostic),
        },
      },
    ],
  };
}

/** `stagecraft report --format sarif`: one run, one result per diagnostic, a rule (with its help link) per code that occurs. */
export function toSarifReport(analysis: Analysis, options: SarifOptions): SarifLog {
  const siteUrl = options.siteUrl ?? stagecraftSiteUrl;
  const codes = [...new Set(analysis.diagnostics.map((diagnostic) => diagnostic.code))];
  const rules = codes.map((code) => ruleFor(code, siteUrl));
  const uri = toArtifactUri(options.file);
  const results = analysis.diagnostics.map((diagnostic) => resultFor(diagnostic, codes.indexOf(diagnostic.code), uri));
  const driver = {
    name: 'Stagecraft',
    informationUri: siteUrl,
    ...(options.toolVersion === undefined ? {} : {version: options.toolVersion}),
    rules,
  };
  return {$schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [{tool: {driver}, results}]};
}
