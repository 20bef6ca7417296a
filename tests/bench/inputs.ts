/** Inputs for the analysis benchmark, generated so the bench needs no large files in the repository. */

export const typicalDockerfile = `# syntax=docker/dockerfile:1
ARG NODE_VERSION=20

FROM node:\${NODE_VERSION} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci

FROM deps AS build
COPY tsconfig.json ./
COPY src ./src
RUN npm run build \\
    && npm prune --omit=dev

FROM deps AS test
COPY . .
RUN npm test

FROM node:\${NODE_VERSION}-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s CMD ["node", "dist/health.js"]
CMD ["node", "dist/server.js"]
`;

/** 100 stages of 20 lines each: FROM, WORKDIR, copies from earlier stages, RUNs with continuations. */
export function hundredStageDockerfile(): string {
  const stages: string[] = [];
  for (let i = 0; i < 100; i++) {
    const lines = [
      i % 10 === 0 ? `FROM node:20 AS s${i}` : `FROM s${i - 1} AS s${i}`,
      'WORKDIR /app',
      `COPY --from=s${Math.max(0, i - 2)} /app/dist ./dist-${i}`,
      `RUN --mount=type=cache,target=/root/.npm,from=s${Math.max(0, i - 3)} npm ci`,
      'RUN npm run build \\',
      '    && npm test \\',
      '    && echo done',
      `ENV STAGE_${i}=yes`,
      ...Array.from({length: 11}, (_, j) => `RUN echo step ${j}`),
      '',
    ];
    stages.push(lines.join('\n'));
  }
  return stages.join('\n');
}

export function fiveMegabyteDockerfile(): string {
  const stage = hundredStageDockerfile();
  let text = '';
  while (text.length < 5_000_000) text += `${stage}\n`;
  return text.slice(0, text.lastIndexOf('\n', 5_000_000) + 1);
}
