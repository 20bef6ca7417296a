import {compressToEncodedURIComponent} from 'lz-string';
import {testIds} from '../../src/components/testIds';
import {expect, seriousAxeViolations, test} from './fixtures';
import {fourStageDockerfile, PlaygroundPage} from './pages/playground';

test.describe('the build simulator', () => {
  test('an old #code= link opens; builder, platform, build args and contexts drive the plan, the command, the bake file and a v=2 link', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const playground = new PlaygroundPage(page);
    await playground.open(`#code=${compressToEncodedURIComponent(fourStageDockerfile)}&target=web`);
    const {lab} = playground;
    await test.step('the toolbar summary opens the inputs and focuses the builder', async () => {
      await expect(lab.byTestId(testIds.buildInputsSummary)).toHaveText('BuildKit · linux/amd64');
      await lab.byTestId(testIds.buildInputsSummary).click();
      await expect(lab.byTestId(testIds.builderSelect)).toBeFocused();
    });
    const plan = lab.byTestId(testIds.buildPlan);
    await expect(lab.byTestId(testIds.planWaves).locator('li')).toHaveText(['deps', 'build', 'web']);
    await expect(lab.byTestId(testIds.planSkipped)).toContainText('tester: the target does not need it');
    await expect(lab.byTestId(testIds.planCriticalPath)).toHaveText('deps → build → web');

    await lab.byTestId(testIds.builderSelect).selectOption('legacy');
    await expect(plan).toHaveAttribute('data-builder', 'legacy');
    await expect(lab.byTestId(testIds.planWaves).locator('li')).toHaveText(['deps', 'build', 'tester', 'web']);
    await lab.byTestId(testIds.platformSelect).selectOption('linux/arm64');
    await lab.byTestId(testIds.buildArgsInput).fill('NODE_ENV=production');
    await expect(lab.buildCommand).toHaveText('DOCKER_BUILDKIT=0 docker build --platform linux/arm64 --build-arg NODE_ENV=production .');
    await expect(plan).toContainText('Emulated on the linux/amd64 build host: deps (linux/arm64)');
    await expect(lab.byTestId(testIds.buildInputsSummary)).toHaveText('Legacy builder · linux/arm64 · 1 arg');
    await lab.byTestId(testIds.buildArgsInput).fill('1BAD=x');
    await expect(page.getByText('Not applied:')).toBeVisible();
    await lab.byTestId(testIds.buildArgsInput).fill('NODE_ENV=production');

    await test.step('a named context replaces a stage; no command for the legacy builder, a command and a bake file for BuildKit', async () => {
      const bake = lab.byTestId(testIds.bakeFile);
      await lab.byTestId(testIds.buildContextsInput).fill('Build=./prebuilt');
      await expect(page.getByText('Not applied: “Build=./prebuilt” is not NAME=VALUE')).toBeVisible();
      await lab.byTestId(testIds.buildContextsInput).fill('build=./prebuilt');
      await expect(lab.byTestId(testIds.contextUses)).toHaveText('build replaces the stage build (line 3): BuildKit runs none of its instructions.');
      await expect(lab.byTestId(testIds.stageNode(1))).toContainText('replaced by a build context');
      await expect(lab.buildCommand).toHaveText(/^The legacy builder \(DOCKER_BUILDKIT=0\) takes no --build-context/);
      await expect(bake).toHaveAttribute('data-applies', 'false');
      await lab.byTestId(testIds.builderSelect).selectOption('buildkit');
      await expect(lab.buildCommand).toHaveText('docker build --platform linux/arm64 --build-arg NODE_ENV=production --build-context build=./prebuilt .');
      await expect(lab.byTestId(testIds.buildInputsSummary)).toHaveText('BuildKit · linux/arm64 · 1 arg · 1 context');
      // One reading of the replacement: the graph, the stage list and the plan all say the stage is not built.
      await expect(lab.byTestId(testIds.stageNode(1))).toHaveAttribute('data-built', 'false');
      await expect(lab.byTestId(testIds.stageList).getByRole('listitem').nth(1)).toContainText('replaced');
      await expect(plan).toContainText('a build context named "build" replaces it: BuildKit loads the context and runs none of its instructions');
      await expect(bake).toHaveAttribute('data-applies', 'true');
      await lab.byTestId(testIds.copyBake).focus();
      await page.keyboard.press('Enter');
      await expect(bake.getByRole('status')).toHaveText(/^Copied/);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        'target "default" {\n  dockerfile = "Dockerfile"\n  context = "."\n  platforms = ["linux/arm64"]\n  args = {\n    NODE_ENV = "production"\n  }\n' +
          '  contexts = {\n    build = "./prebuilt"\n  }\n}\n',
      );
    });
    const scoped = [testIds.buildPlan, testIds.builderSelect, testIds.buildContextsInput, testIds.contextUses, testIds.bakeFile, testIds.stageGraph].map(
      (id) => `[data-testid="${id}"]`,
    );
    expect(await seriousAxeViolations(page, scoped)).toEqual([]);

    await lab.byTestId(testIds.copyLink).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/\/playground#v=2&code=[A-Za-z0-9+\-$]+&target=web&platform=linux%2Farm64&args=NODE_ENV%3Dproduction&contexts=build%3D.%2Fprebuilt$/);
    const other = new PlaygroundPage(await context.newPage());
    await other.open(link.slice(link.indexOf('#')));
    await expect(other.lab.byTestId(testIds.builderSelect)).toHaveValue('buildkit');
    await expect(other.lab.byTestId(testIds.platformSelect)).toHaveValue('linux/arm64');
    await expect(other.lab.byTestId(testIds.buildArgsInput)).toHaveValue('NODE_ENV=production');
    await expect(other.lab.byTestId(testIds.buildContextsInput)).toHaveValue('build=./prebuilt');
  });

  test('what reruns if I change a source file, from a v=2 link; a hostile link is refused', async ({page, context}) => {
    const playground = new PlaygroundPage(page);
    await playground.open(`#v=2&code=${compressToEncodedURIComponent(PlaygroundPage.example)}&change=src%2Fserver.ts`);
    const {lab} = playground;
    const result = lab.byTestId(testIds.cacheResult);
    await expect(lab.byTestId(testIds.cacheChangeInput)).toHaveValue('src/server.ts');
    // Manifests first: the install keeps its cache, COPY . . and everything after it rerun.
    await expect(result.locator('tr[data-line="5"]')).toHaveAttribute('data-rerun', 'false');
    await expect(result.locator('tr[data-line="8"]')).toHaveAttribute('data-rerun', 'true');
    await expect(result.locator('tr[data-line="9"]')).toHaveAttribute('data-rerun', 'true');
    await lab.byTestId(testIds.cacheChangeInput).fill('package-lock.json');
    await lab.byTestId(testIds.cacheSimulate).click();
    await expect(result.locator('tr[data-line="5"]')).toHaveAttribute('data-rerun', 'true');
    await expect(result.locator('tr[data-line="5"]')).toContainText('cache mount (/root/.npm)');

    const hostile = await context.newPage();
    await hostile.goto(`/playground#v=2&code=${compressToEncodedURIComponent('FROM alpine:3.24')}&builder=%3Cscript%3E`);
    await expect(hostile.getByText('the link names a builder Stagecraft does not know')).toBeVisible();
    const hostileContexts = await context.newPage();
    await hostileContexts.goto(`/playground#v=2&code=${compressToEncodedURIComponent('FROM alpine:3.24')}&contexts=${encodeURIComponent('<script>=x')}`);
    await expect(hostileContexts.getByText(/the link’s build contexts are not valid/)).toBeVisible();
  });
});
