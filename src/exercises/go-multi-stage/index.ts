import type {DockerfileExercise} from '../types';
import {advice, nodeRequired, required} from '../checkLists';
import solution from './solution.Dockerfile?raw';
import start from './start.Dockerfile?raw';

export const goMultiStage: DockerfileExercise = {
  kind: 'dockerfile',
  id: 'go-multi-stage',
  title: 'Convert a Go image',
  goal:
    'A Go program compiles to a single binary, yet this image ships the whole Go toolchain (over 800 MB) to run it. ' +
    'Build the binary in a build stage and run it from a minimal runtime stage (scratch, distroless or alpine), ' +
    'making sure the binary can actually start there.',
  checks: [
    ...nodeRequired,
    ...required(['static-binary-for-minimal-base']),
    ...advice(['ca-certificates-on-scratch', 'non-root-user', 'deps-cached-before-source', 'pinned-base-tags']),
  ],
  hints: [
    'Name the first stage (FROM golang:1.27 AS build) and add a second FROM for the runtime.',
    'The runtime needs only the binary: COPY --from=build /bin/server /server, and a CMD or ENTRYPOINT that starts /server.',
    'golang:1.27 links against glibc when cgo is on, and scratch, alpine and distroless static have no glibc: build with CGO_ENABLED=0 go build -o /bin/server .',
    'gcr.io/distroless/static-debian13:nonroot is about 2 MB, has CA certificates and runs as a non-root user; copy go.mod and go.sum and RUN go mod download before COPY . . to cache the modules.',
  ],
  explanation:
    'The build stage downloads the modules before copying the source (so they are cached) and builds a static ' +
    'binary with CGO_ENABLED=0. The runtime stage is distroless static: no shell, no package manager, about 2 MB, ' +
    'with CA certificates and a non-root user. It receives only /server, so the image is the binary plus a few MB.',
  next: 'copy-paths',
  start,
  solution,
};
