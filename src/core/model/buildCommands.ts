/**
 * Shell commands that build, install or test, as the estimate and the exercise checks recognise them.
 * Matched against RUN command text (shell form, exec form joined, heredoc bodies).
 */

const buildCommand =
  /(?:^|[\s;&|(])(?:(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?build\b|npx\s+(?:tsc|vite|next|webpack|ng|esbuild|rollup)\b|tsc\b|go\s+build\b|cargo\s+build\b|mvn\b[^\n]*\b(?:package|install|verify)\b|\.\/mvnw\b[^\n]*\b(?:package|install)\b|gradle\b[^\n]*\b(?:build|assemble|bootJar|jar|installDist)\b|\.\/gradlew\b[^\n]*\b(?:build|assemble|bootJar|jar|installDist)\b|dotnet\s+publish\b|hugo\b|ng\s+build\b|vite\s+build\b|next\s+build\b|make\b|cmake\s+--build\b|gcc\b|g\+\+\b|javac\b|python3?\s+-m\s+build\b|pip3?\s+wheel\b)/;

/** Whether a RUN command runs a build (compiles, bundles or packages the application). */
export function runsBuild(command: string): boolean {
  return buildCommand.test(command);
}

const testCommand =
  /(?:^|[\s;&|(])(?:(?:npm|pnpm|yarn|bun)\s+(?:t|test|run\s+test(?::[\w-]+)?)\b|npx\s+(?:jest|vitest|mocha|playwright)\b|go\s+test\b|cargo\s+test\b|pytest\b|python3?\s+-m\s+(?:pytest|unittest)\b|mvn\b[^\n]*\btest\b|gradle\b[^\n]*\btest\b|\.\/gradlew\b[^\n]*\btest\b)/;

/** Whether a RUN command runs tests. */
export function runsTests(command: string): boolean {
  return testCommand.test(command);
}
