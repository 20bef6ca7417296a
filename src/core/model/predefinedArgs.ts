/**
 * BuildKit's automatic platform ARGs, usable in FROM without declaring them. Their real values depend on
 * the build host and --platform; Stagecraft assumes a linux/amd64 host building for linux/amd64, the
 * common CI case, and says so where a result depends on it.
 */
export const predefinedArgs: Readonly<Record<string, string>> = {
  BUILDPLATFORM: 'linux/amd64',
  BUILDOS: 'linux',
  BUILDARCH: 'amd64',
  BUILDVARIANT: '',
  BUILDOSVERSION: '',
  TARGETPLATFORM: 'linux/amd64',
  TARGETOS: 'linux',
  TARGETARCH: 'amd64',
  TARGETVARIANT: '',
  TARGETOSVERSION: '',
};

/** Predefined names whose value Stagecraft does not model (TARGETSTAGE: the target's name, since dockerfile/1.11). */
export const predefinedArgNamesWithoutValue = ['TARGETSTAGE'];
