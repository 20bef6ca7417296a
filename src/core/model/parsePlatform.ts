/**
 * containerd's platforms.Parse (vendored by BuildKit, platforms.go and database.go), as far as a Dockerfile
 * needs it: `os[(version)]`, `arch`, `os/arch` or `os/arch/variant`. The host is taken to be linux/amd64,
 * Stagecraft's assumed build host. Errors are containerd's wording.
 */
export type ParsedPlatform = {ok: true; os: string; architecture: string; variant: string} | {ok: false; reason: string};

const specifierPart = /^[A-Za-z0-9_.-]+$/;
const osPart = /^([A-Za-z0-9_-]+)(?:\(([A-Za-z0-9_.%-]*)((?:\+[A-Za-z0-9_.%-]+)*)\))?$/;

const knownOS = new Set([
  'aix',
  'android',
  'darwin',
  'dragonfly',
  'freebsd',
  'hurd',
  'illumos',
  'ios',
  'js',
  'linux',
  'nacl',
  'netbsd',
  'openbsd',
  'plan9',
  'solaris',
  'windows',
  'zos',
]);
const knownArch = new Set([
  '386',
  'amd64',
  'amd64p32',
  'arm',
  'armbe',
  'arm64',
  'arm64be',
  'ppc64',
  'ppc64le',
  'loong64',
  'mips',
  'mipsle',
  'mips64',
  'mips64le',
  'mips64p32',
  'mips64p32le',
  'ppc',
  'riscv',
  'riscv64',
  's390',
  's390x',
  'sparc',
  'sparc64',
  'wasm',
]);

function normalizeArch(arch: string): string {
  const lower = arch.toLowerCase();
  if (lower === 'i386') return '386';
  if (lower === 'x86_64' || lower === 'x86-64') return 'amd64';
  if (lower === 'aarch64') return 'arm64';
  if (lower === 'armhf' || lower === 'armel') return 'arm';
  return lower;
}

function normalizeOS(os: string): string {
  const lower = os.toLowerCase();
  return lower === 'macos' ? 'darwin' : lower;
}

export function parsePlatform(specifier: string): ParsedPlatform {
  const invalid = (reason: string): ParsedPlatform => ({ok: false, reason: `${reason}: invalid argument`});
  if (specifier.includes('*')) return invalid(`${JSON.stringify(specifier)}: wildcards not yet supported`);
  const parts = specifier.split('/');
  const limited = parts.length > 4 ? [...parts.slice(0, 3), parts.slice(3).join('/')] : parts;
  const osMatch = osPart.exec(limited[0]!);
  if (osMatch === null) {
    return invalid(
      `${JSON.stringify(limited[0])} is an invalid OS component of ${JSON.stringify(specifier)}: OSAndVersion specifier component must match "${osPart.source}"`,
    );
  }
  for (const part of limited.slice(1)) {
    if (!specifierPart.test(part)) {
      return invalid(
        `${JSON.stringify(part)} is an invalid component of ${JSON.stringify(specifier)}: platform specifier component must match "${specifierPart.source}"`,
      );
    }
  }
  const os = normalizeOS(osMatch[1]!);
  if (limited.length === 1) {
    if (knownOS.has(os)) return {ok: true, os, architecture: 'amd64', variant: ''};
    const architecture = normalizeArch(limited[0]!);
    if (knownArch.has(architecture)) return {ok: true, os: 'linux', architecture, variant: ''};
    return invalid(`${JSON.stringify(specifier)}: unknown operating system or architecture`);
  }
  if (limited.length === 2 || limited.length === 3) return {ok: true, os, architecture: normalizeArch(limited[1]!), variant: limited[2] ?? ''};
  return invalid(`${JSON.stringify(specifier)}: cannot parse platform specifier`);
}
