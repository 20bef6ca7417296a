import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Page} from '@playwright/test';
import {labStorageKey} from '../../../src/components/DockerfilePlayground/labStorageKey';
import {withFinalNewline} from '../../../src/components/lib/codeText';
import {fullKey} from '../../../src/components/lib/storage';
import {Lab} from './lab';
import {readStorage} from './storage';

/** Four stages (deps, build, tester, web), so a target can leave a stage unbuilt: the lab tests' shared example. */
export const fourStageDockerfile = [
  'FROM node:24 AS deps',
  'RUN npm ci',
  'FROM deps AS build',
  'RUN npm run build',
  'FROM build AS tester',
  'RUN npm test',
  'FROM node:24-slim AS web',
  'COPY --from=build /app/dist /app/dist',
  '',
].join('\n');

const route = '/playground';

/** The playground page: one full-width lab, opened on the three-stage Node.js example. */
export class PlaygroundPage {
  /** The example the page opens with, as its editor shows it. */
  static readonly example = withFinalNewline(readFileSync(path.resolve(__dirname, '../../../src/examples/node-three-stage.Dockerfile'), 'utf8'));
  /** The localStorage key the playground's editor autosaves to. */
  static readonly savedEditorKey = fullKey(labStorageKey(route, PlaygroundPage.example));

  readonly lab: Lab;

  constructor(readonly page: Page) {
    this.lab = new Lab(page);
  }

  async goto(hash = ''): Promise<void> {
    await this.page.goto(`${route}${hash}`);
  }

  /** Opens the page and waits for the live editor and the first drawn graph. */
  async open(hash = ''): Promise<void> {
    await this.goto(hash);
    await this.lab.waitUntilEditable();
    await this.lab.waitForGraph();
  }

  /** The autosaved editor entry as stored (null when nothing is saved). */
  savedEditor(): Promise<string | null> {
    return readStorage(this.page, PlaygroundPage.savedEditorKey);
  }
}
