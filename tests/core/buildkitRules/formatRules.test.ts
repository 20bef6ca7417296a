import {describe, expect, it} from 'vitest';
import {warningsOf} from './lint';

/** Cases from BuildKit's dockerfile_check_test.go (testLegacyKeyValueFormat, testExposeProtoCasing, testExposeInvalidFormat). */
describe('LegacyKeyValueFormat', () => {
  const check = (text: string) => warningsOf('LegacyKeyValueFormat', text);

  it('reports ENV and LABEL written as "key value"', () => {
    expect(check('FROM scratch\nENV testkey value\nLABEL key value\n')).toEqual([
      '2: "ENV key=value" should be used instead of legacy "ENV key value" format',
      '3: "LABEL key=value" should be used instead of legacy "LABEL key value" format',
    ]);
  });

  it('accepts key=value', () => {
    expect(check('FROM scratch\nENV testkey=value\nLABEL key=value\n')).toEqual([]);
  });

  it('reports in stages a build would not reach too, as docker build --check does', () => {
    expect(check('FROM scratch AS a\n\nFROM a AS b\nENV testkey value\n\nFROM a AS c\n')).toHaveLength(1);
  });

  it('is skipped by a check comment right above the instruction', () => {
    expect(check('FROM scratch\n# check=skip=LegacyKeyValueFormat\nENV testkey value\n# check=skip=LegacyKeyValueFormat\nLABEL key value\n')).toEqual([]);
  });
});

describe('ExposeProtoCasing', () => {
  it('reports each port whose protocol is not lower case', () => {
    expect(warningsOf('ExposeProtoCasing', 'FROM scratch\nEXPOSE 80/TcP 8080/TCP 8080/udp\n')).toEqual([
      "2: Defined protocol '80/TcP' in EXPOSE instruction should be lowercase",
      "2: Defined protocol '8080/TCP' in EXPOSE instruction should be lowercase",
    ]);
  });

  it('accepts lower-case protocols and ports without one', () => {
    expect(warningsOf('ExposeProtoCasing', 'FROM scratch\nEXPOSE 80 443/tcp 53/udp 9000/sctp\n')).toEqual([]);
  });

  it('reads the port after variable expansion', () => {
    expect(warningsOf('ExposeProtoCasing', 'FROM scratch\nARG PROTO=UDP\nEXPOSE 53/$PROTO\n')).toEqual([
      "3: Defined protocol '53/UDP' in EXPOSE instruction should be lowercase",
    ]);
  });
});

describe('ExposeInvalidFormat', () => {
  it('reports IP addresses and host ports', () => {
    expect(warningsOf('ExposeInvalidFormat', 'FROM scratch\nEXPOSE 127.0.0.1:80:80 [::1]:8080:8080 5000:5000 8000\n')).toEqual([
      "2: EXPOSE instruction should not define an IP address or host-port mapping, found '127.0.0.1:80:80'",
      "2: EXPOSE instruction should not define an IP address or host-port mapping, found '[::1]:8080:8080'",
      "2: EXPOSE instruction should not define an IP address or host-port mapping, found '5000:5000'",
    ]);
  });

  it('accepts container ports and ranges', () => {
    expect(warningsOf('ExposeInvalidFormat', 'FROM scratch\nEXPOSE 8000 8000-8010/tcp\n')).toEqual([]);
  });
});
