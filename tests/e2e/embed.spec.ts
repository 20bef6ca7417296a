import {expect, seriousAxeViolations, test} from './fixtures';
import {EmbedHostPage} from './pages/embedHost';

const dockerfile = `FROM node:24 AS build
WORKDIR /app
COPY . .
RUN npm ci && npm run build

FROM node:24 AS test
RUN npm test

FROM node:24-slim AS runtime
COPY --from=build /app/dist /app
CMD ["node", "/app/server.js"]
`;

test('the embed in another page draws the graph in the host theme, sizes its iframe and loads no editor', async ({page}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const host = new EmbedHostPage(page);
  await host.open(dockerfile, 'runtime', ['light', 'dark']);

  for (const theme of ['light', 'dark'] as const) {
    const frame = host.frame(theme);
    await expect(host.graph(theme)).toHaveAttribute('data-stage-count', '3');
    await expect(frame.locator('html')).toHaveAttribute('data-theme', theme);
    await expect(frame.getByText('Target runtime: BuildKit builds build, runtime.')).toBeVisible();
    await expect(frame.getByText(/^Final image \(runtime\): ≈ .+ instead of ≈ .+ as one stage/)).toBeVisible();
    const open = frame.getByRole('link', {name: /Open in Stagecraft/});
    await expect(open).toHaveAttribute('href', /^\/playground#v=2&code=[^&]+&target=runtime(&|$)/);
    await expect.poll(() => host.reportedHeight(theme)).toBeGreaterThan(200);
    const reported = await host.reportedHeight(theme);
    await expect.poll(() => host.frameHeight(theme)).toBeCloseTo(reported!, 0);
    // Sized to its content: nothing left to scroll inside the frame.
    expect(await frame.locator('html').evaluate((html) => html.scrollHeight - html.clientHeight)).toBeLessThanOrEqual(1);
  }
  expect(await seriousAxeViolations(page)).toEqual([]);
  expect(requests.filter((url) => /monaco|editor\.api|DockerfileEditor/i.test(url))).toEqual([]);
});
