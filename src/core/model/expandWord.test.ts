import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {expandWord, type ExpandResult} from './expandWord';

const env = (vars: Record<string, string> = {}): ReadonlyMap<string, string> => new Map(Object.entries(vars));
const sorted = (names: Iterable<string>): string[] => [...names].sort();

function expectValue(result: ExpandResult, value: string): void {
  expect(result.error).toBeNull();
  expect(result.value).toBe(value);
}

function expectError(result: ExpandResult, message?: string): void {
  expect(result.error).not.toBeNull();
  expect(result.value).toBe('');
  expect(result.limitExceeded).toBe(false);
  if (message !== undefined) expect(result.error).toBe(message);
}

// Adapted from TestProcessWithMatches in moby/buildkit frontend/dockerfile/shell/lex_test.go: the word, the
// environment, the expected result (or an error), and the names BuildKit reports as matched / unmatched.
describe('lex_test.go TestProcessWithMatches cases', () => {
  const fooBar = {FOO: 'xxx', BAR: ''};
  type Case = [word: string, vars: Record<string, string>, expected: string | {error: true}, matched: string[], unmatched: string[]];
  const cases: Case[] = [
    ['x', {DUMMY: 'dummy'}, 'x', [], []],
    ['x ${UNUSED}', {DUMMY: 'dummy'}, 'x ', [], ['UNUSED']],
    ['x ${FOO}', {FOO: 'y'}, 'x y', ['FOO'], []],
    ['${FOO-aaa} ${BAR-bbb} ${BAZ-ccc}', fooBar, 'xxx  ccc', ['FOO', 'BAR'], ['BAZ']],
    ['${FOO:-aaa} ${BAR:-bbb} ${BAZ:-ccc}', fooBar, 'xxx bbb ccc', ['FOO', 'BAR'], ['BAZ']],
    ['${FOO:-}', fooBar, 'xxx', ['FOO'], []],
    ['${FOO:-}', {}, '', [], ['FOO']],
    ['${FOO+aaa} ${BAR+bbb} ${BAZ+ccc}', fooBar, 'aaa bbb ', ['FOO', 'BAR'], ['BAZ']],
    ['${FOO:+aaa} ${BAR:+bbb} ${BAZ:+ccc}', fooBar, 'aaa  ', ['FOO', 'BAR'], ['BAZ']],
    ['${FOO?aaa}', fooBar, 'xxx', ['FOO'], []],
    ['${BAR?bbb}', fooBar, '', ['BAR'], []],
    ['${BAZ?ccc}', fooBar, {error: true}, [], ['BAZ']],
    ['${FOO:?aaa}', fooBar, 'xxx', ['FOO'], []],
    ['${BAR:?bbb}', fooBar, {error: true}, ['BAR'], []],
    ['${BAZ:?ccc}', fooBar, {error: true}, [], ['BAZ']],
    ['${BAZ:?}', fooBar, {error: true}, [], ['BAZ']],
    ['${FOO=aaa}', fooBar, {error: true}, [], []],
    ['${FOO=:aaa}', fooBar, {error: true}, [], []],
    ['${FOO=}', {}, {error: true}, [], []],
    // Regular-expression metacharacters are literal in patterns; `}` must be escaped inside ${}.
    ['${FOO#()[]{\\}^$.\\*\\?|\\\\}', {FOO: '()[]{}^$.*?|\\x'}, 'x', ['FOO'], []],
    ['${FOO%%\\**}', {FOO: 'xx**'}, 'xx', ['FOO'], []],
    ['${FOO#*x*y}', {FOO: 'xxyy'}, 'y', ['FOO'], []],
    ['${FOO#*}', {FOO: 'xxyy'}, 'xxyy', ['FOO'], []],
    ['${FOO#$BAR}', {FOO: 'xxyy', BAR: 'x'}, 'xyy', ['FOO', 'BAR'], []],
    ['${FOO#$BAR}', {FOO: 'xxyy', BAR: ''}, 'xxyy', ['FOO', 'BAR'], []],
    ['${FOO#}', {FOO: 'xxyy'}, 'xxyy', ['FOO'], []],
    ['${FOO##*x}', {FOO: 'xxyy'}, 'yy', ['FOO'], []],
    ['${FOO##}', {FOO: 'xxyy'}, 'xxyy', ['FOO'], []],
    ['${FOO#?\\?}', {FOO: '???y'}, '?y', ['FOO'], []],
    ['${ABC:-.}${FOO%x}${ABC:-.}', {FOO: 'xxyy'}, '.xxyy.', ['FOO'], ['ABC']],
    ['${FOO%%\\**\\*}', {FOO: 'a***yy*'}, 'a', ['FOO'], []],
    ['${FOO%}', {FOO: 'xxyy'}, 'xxyy', ['FOO'], []],
    ['${FOO%%$BAR}', {FOO: 'xxyy', BAR: ''}, 'xxyy', ['FOO', 'BAR'], []],
    ['${FOO:#}', {}, {error: true}, [], []],
    ['${FOO:##}', {}, {error: true}, [], []],
    ['${FOO:%}', {}, {error: true}, [], []],
    ['${FOO:%%}', {}, {error: true}, [], []],
    ['${FOO/$NEEDLE/.} - ${FOO//$NEEDLE/.}', {FOO: '/foo*/*/*.txt', NEEDLE: '\\*/'}, '/foo.*/*.txt - /foo..*.txt', ['FOO', 'NEEDLE'], []],
    ['${FOO/$NEEDLE/} - ${FOO//$NEEDLE/}', {FOO: '/tmp/tmp/bar.txt', NEEDLE: '/tmp'}, '/tmp/bar.txt - /bar.txt', ['FOO', 'NEEDLE'], []],
    [
      '${FOO/$NEEDLE/$REPLACEMENT} - ${FOO//$NEEDLE/$REPLACEMENT}',
      {FOO: '/a/foo/b/c.txt', NEEDLE: '/?/', REPLACEMENT: '/'},
      '/foo/b/c.txt - /foo/c.txt',
      ['FOO', 'NEEDLE', 'REPLACEMENT'],
      [],
    ],
    [
      '${FOO/$NEEDLE/$REPLACEMENT}',
      {FOO: 'http://google.de', NEEDLE: 'http://', REPLACEMENT: 'https://'},
      'https://google.de',
      ['FOO', 'NEEDLE', 'REPLACEMENT'],
      [],
    ],
    ['${FOO//\\//\\/}', {FOO: '/tmp/foo.txt'}, '\\/tmp\\/foo.txt', ['FOO'], []],
    ['${FOO/$BAR/ww}', {FOO: 'xxyy', BAR: ''}, 'wwxxyy', ['FOO', 'BAR'], []],
    ['${FOO//ww}', {FOO: 'xxyy'}, {error: true}, [], []],
    ['${FOO//}', {FOO: 'xxyy'}, {error: true}, [], []],
    ['${FOO///}', {FOO: 'xxyy'}, 'xxyy', ['FOO'], []],
    ['${FOO///}', {}, '', [], ['FOO']],
  ];

  it.each(cases)('%j', (word, vars, expected, matched, unmatched) => {
    const result = expandWord(word, env(vars));
    if (typeof expected !== 'string') {
      expectError(result);
      return;
    }
    expectValue(result, expected);
    expect(sorted(result.used)).toEqual(sorted([...matched, ...unmatched]));
    expect(sorted(result.unset)).toEqual(sorted(unmatched));
  });
});

// Adapted from BuildKit's envVarTest table (shared with moby's builder/dockerfile/shell/envVarTest), Unix rows.
describe('envVarTest cases', () => {
  const vars = env({PWD: '/home', SHELL: 'bash', KOREAN: '한국어', NULL: ''});
  const rows: [word: string, expected: string | null][] = [
    ['hello', 'hello'],
    ["he'll'o", 'hello'],
    ["he'llo", null],
    ["he\\'llo", "he'llo"],
    ["he\\\\'llo", null],
    ['abc\\tdef', 'abctdef'],
    ['"abc\\tdef"', 'abc\\tdef'],
    ['"abc\\\\tdef"', 'abc\\tdef'],
    ["'abc\\tdef'", 'abc\\tdef'],
    ['hello\\', 'hello'],
    ['hello\\\\', 'hello\\'],
    ['"hello', null],
    ['"hello\\"', null],
    ['"hel\'lo"', "hel'lo"],
    ["'hello", null],
    ["'hello\\'", 'hello\\'],
    ["'hello\\there'", 'hello\\there'],
    ["'hello\\\\there'", 'hello\\\\there'],
    ['"\'\'"', "''"],
    ['$.', '$.'],
    ['$1', ''],
    ['he$1x', 'hex'],
    ['he$.x', 'he$.x'],
    ['he$pwd.', 'he.'],
    ['he$PWD', 'he/home'],
    ['he\\$PWD', 'he$PWD'],
    ['he\\\\$PWD', 'he\\/home'],
    ['"he\\$PWD"', 'he$PWD'],
    ['"he\\\\$PWD"', 'he\\/home'],
    ['\\${}', '${}'],
    ['\\${}aaa', '${}aaa'],
    ['he\\${}', 'he${}'],
    ['he\\${}xx', 'he${}xx'],
    ['${}', null],
    ['${}aaa', null],
    ['he${}', null],
    ['he${}xx', null],
    ['he${hi}', 'he'],
    ['he${hi}xx', 'hexx'],
    ['he${PWD}', 'he/home'],
    ['he${.}', null],
    ['he${XXX:-000}xx', 'he000xx'],
    ['he${PWD:-000}xx', 'he/homexx'],
    ['he${XXX:-$PWD}xx', 'he/homexx'],
    ['he${XXX:-${PWD:-yyy}}xx', 'he/homexx'],
    ['he${XXX:-${YYY:-yyy}}xx', 'heyyyxx'],
    ['he${XXX:YYY}', null],
    ['he${XXX:+${PWD}}xx', 'hexx'],
    ['he${PWD:+${XXX}}xx', 'hexx'],
    ['he${PWD:+${SHELL}}xx', 'hebashxx'],
    ['he${XXX:+000}xx', 'hexx'],
    ['he${PWD:+000}xx', 'he000xx'],
    ["'he${XX}'", 'he${XX}'],
    ['"he${PWD}"', 'he/home'],
    ['"he\'$PWD\'"', "he'/home'"],
    ['"$PWD"', '/home'],
    ["'$PWD'", '$PWD'],
    ["'\\$PWD'", '\\$PWD'],
    ['\'"hello"\'', '"hello"'],
    ["'he\\$PWD'", 'he\\$PWD'],
    ['he${PWD', null],
    ['he${PWD:=000}xx', null],
    ['he${PWD:+${PWD}:}xx', 'he/home:xx'],
    ['he${XXX:-\\$PWD:}xx', 'he$PWD:xx'],
    ['he${XXX:-\\${PWD}z}xx', 'he${PWDz}xx'],
    ['안녕하세요', '안녕하세요'],
    ["안'녕'하세요", '안녕하세요'],
    ["안'녕하세요", null],
    ['안녕$1x', '안녕x'],
    ['안녕${PWD:+${SHELL}}xx', '안녕bashxx'],
    ['$KOREAN', '한국어'],
    ['안녕$KOREAN', '안녕한국어'],
    ['${{aaa}', null],
    ['${aaa}}', '}'],
    ['${aaa', null],
    ['${{aaa:-bbb}', null],
    ['${aaa:-bbb}}', 'bbb}'],
    ['${aaa:-bbb', null],
    ['${aaa:-bbb}', 'bbb'],
    ['${aaa:-${bbb:-ccc}}', 'ccc'],
    ['${aaa:-bbb ${foo}', null],
    ['${aaa:-bbb {foo}', 'bbb {foo'],
    ['${:}', null],
    ['${:-bbb}', null],
    ['${:+bbb}', null],
  ];

  it.each(rows)('%j', (word, expected) => {
    const result = expandWord(word, vars);
    if (expected === null) expectError(result);
    else expectValue(result, expected);
  });
});

describe('lex_test.go TestShellParserMandatoryEnvVars', () => {
  const noEmpty = '${VAR:?message here$ARG}';
  const noUnset = '${VAR?message here$ARG}';
  const set = env({VAR: 'plain', ARG: 'x'});
  const empty = env({VAR: '', ARG: 'x'});
  const unset = env({ARG: 'x'});

  it('${VAR:?msg} rejects unset and empty', () => {
    expectValue(expandWord(noEmpty, set), 'plain');
    expectError(expandWord(noEmpty, empty), 'VAR: message herex');
    expectError(expandWord(noEmpty, unset), 'VAR: message herex');
  });

  it('${VAR?msg} rejects only unset', () => {
    expectValue(expandWord(noUnset, set), 'plain');
    expectValue(expandWord(noUnset, empty), '');
    expectError(expandWord(noUnset, unset), 'VAR: message herex');
  });

  it('uses the default messages when none is given', () => {
    expectError(expandWord('${VAR?}', unset), 'VAR: is not allowed to be unset');
    expectError(expandWord('${VAR:?}', unset), 'VAR: is not allowed to be unset');
    expectError(expandWord('${VAR:?}', empty), 'VAR: is not allowed to be empty');
  });
});

describe('lex_test.go TestProcessWithMatchesPlatform', () => {
  const release = 'something-${VERSION}.${TARGETOS}-${TARGETARCH}${TARGETVARIANT:+-${TARGETVARIANT}}.tar.gz';
  const base = {VERSION: 'v1.2.3', TARGETOS: 'linux'};

  it.each([
    [{...base, TARGETARCH: 'arm', TARGETVARIANT: 'v7'}, 'something-v1.2.3.linux-arm-v7.tar.gz'],
    [{...base, TARGETARCH: 'arm64', TARGETVARIANT: ''}, 'something-v1.2.3.linux-arm64.tar.gz'],
    [{...base, TARGETARCH: 'arm64'}, 'something-v1.2.3.linux-arm64.tar.gz'],
  ])('%j', (vars, expected) => {
    expectValue(expandWord(release, env(vars)), expected);
  });
});

describe('FROM words as Dockerfiles write them', () => {
  it('expands global ARGs in base names and platforms', () => {
    const vars = env({NODE_VERSION: '20', BUILDPLATFORM: 'linux/amd64', BASE: 'gcr.io/distroless/static'});
    expectValue(expandWord('node:${NODE_VERSION}-alpine', vars), 'node:20-alpine');
    expectValue(expandWord('$BUILDPLATFORM', vars), 'linux/amd64');
    expectValue(expandWord('${BASE}:nonroot', vars), 'gcr.io/distroless/static:nonroot');
    expectValue(expandWord('${REGISTRY:-docker.io}/library/node:$NODE_VERSION', vars), 'docker.io/library/node:20');
  });

  it('reports what the word referenced and what was not set', () => {
    const result = expandWord('${REGISTRY:-docker.io}/app:${TAG}', env({REGISTRY: ''}));
    expectValue(result, 'docker.io/app:');
    expect(result.used).toEqual(['REGISTRY', 'TAG']);
    expect(result.unset).toEqual(['TAG']);
  });
});

describe('nested words', () => {
  it('expands defaults inside defaults', () => {
    const result = expandWord('${A:-${B:-${C:-deep}}}', env());
    expectValue(result, 'deep');
    expect(result.used).toEqual(['A', 'B', 'C']);
    expect(result.unset).toEqual(['A', 'B', 'C']);
    expectValue(expandWord('${A:-${B:-${C:-deep}}}', env({B: 'b'})), 'b');
    expectValue(expandWord('${A:+[${B}]}', env({A: 'a', B: 'b'})), '[b]');
    expectValue(expandWord('${A:-x${B:+y${C}z}w}', env({B: '1', C: '2'})), 'xy2zw');
  });

  it('lists names in the order the word mentions them, once each', () => {
    const result = expandWord('${A:-$B}$B${C:-$A}', env({B: 'b'}));
    expectValue(result, 'bb');
    expect(result.used).toEqual(['A', 'B', 'C']);
    expect(result.unset).toEqual(['A', 'C']);
  });

  it('keeps quotes and escapes working inside the nested word', () => {
    expectValue(expandWord('${A:-"x y}z"}', env()), 'x y}z');
    expectValue(expandWord("${A:-'$B'}", env({B: 'b'})), '$B');
    expectValue(expandWord('${A:-a\\}b}', env()), 'a}b');
  });
});

describe('unset versus set-but-empty', () => {
  const vars = env({EMPTY: '', FULL: 'v'});
  it.each([
    ['${UNSET-w}', 'w'],
    ['${EMPTY-w}', ''],
    ['${FULL-w}', 'v'],
    ['${UNSET:-w}', 'w'],
    ['${EMPTY:-w}', 'w'],
    ['${FULL:-w}', 'v'],
    ['${UNSET+w}', ''],
    ['${EMPTY+w}', 'w'],
    ['${FULL+w}', 'w'],
    ['${UNSET:+w}', ''],
    ['${EMPTY:+w}', ''],
    ['${FULL:+w}', 'w'],
    ['${EMPTY?w}', ''],
    ['${FULL:?w}', 'v'],
  ])('%s', (word, expected) => {
    expectValue(expandWord(word, vars), expected);
  });

  it('reports an empty variable as used but not unset', () => {
    const result = expandWord('$EMPTY$UNSET', vars);
    expect(result.used).toEqual(['EMPTY', 'UNSET']);
    expect(result.unset).toEqual(['UNSET']);
  });
});

describe('names and plain dollars', () => {
  it('reads the longest name, so $AB is not $A then B', () => {
    expectValue(expandWord('$AB-$A_1.$A', env({A: 'a', AB: 'ab', A_1: 'a1'})), 'ab-a1.a');
  });

  it('keeps a $ that no name or { follows', () => {
    expectValue(expandWord('a$', env()), 'a$');
    expectValue(expandWord('$/x $.y $:z', env()), '$/x $.y $:z');
    expectValue(expandWord('$"x"', env()), '$x');
  });

  it('treats digits and special parameters as (unset) names, as lex.go does', () => {
    const result = expandWord('[$12x][$$][$@][${#}][$0]', env());
    expectValue(result, '[x][][][][]');
    expect(result.unset).toEqual(['12', '$', '@', '#', '0']);
  });

  it('accepts Unicode letters in names (Go unicode.IsLetter)', () => {
    const result = expandWord('$été-${日本}', env({été: 'summer', 日本: 'jp'}));
    expectValue(result, 'summer-jp');
  });

  it('drops a byte order mark at the very start, as Go text/scanner does', () => {
    expectValue(expandWord('\uFEFFalpine', env()), 'alpine');
    expectValue(expandWord('a\uFEFF', env()), 'a\uFEFF');
  });

  it('looks names up case-sensitively', () => {
    expect(expandWord('$version', env({VERSION: '1'})).unset).toEqual(['version']);
  });
});

describe('escapes', () => {
  const vars = env({V: 'val'});
  it('escapes $ with a backslash by default', () => {
    expectValue(expandWord('\\$V', vars), '$V');
    expectValue(expandWord('\\${V}', vars), '${V}');
    expectValue(expandWord('\\\\$V', vars), '\\val');
    expectValue(expandWord('a\\b', vars), 'ab');
    expectValue(expandWord('a\\', vars), 'a');
    expectValue(expandWord('"a\\"b"', vars), 'a"b');
    expectValue(expandWord('"\\$V"', vars), '$V');
    expectValue(expandWord('"a\\b"', vars), 'a\\b');
    expect(expandWord('\\$V', vars).used).toEqual([]);
  });

  it('uses a backtick instead when the Dockerfile says # escape=`', () => {
    expectValue(expandWord('`$V', vars, '`'), '$V');
    expectValue(expandWord('\\$V', vars, '`'), '\\val');
    expectValue(expandWord('C:\\Windows\\$V', vars, '`'), 'C:\\Windows\\val');
    expectValue(expandWord('"a`"b"', vars, '`'), 'a"b');
    expectValue(expandWord('"``$V"', vars, '`'), '`val');
    expectValue(expandWord('${X:-a`}b}', vars, '`'), 'a}b');
    expectValue(expandWord('a``', vars, '`'), 'a`');
  });

  it('escapes the pattern separators inside ${V/...}', () => {
    expectValue(expandWord('${V/a/\\/}', vars), 'v\\/l');
    expectValue(expandWord('${V/\\//x}', env({V: 'a/b'})), 'axb');
  });
});

describe('quotes', () => {
  const vars = env({V: 'val', S: 'a b'});
  it('removes quotes and expands only outside single quotes', () => {
    expectValue(expandWord('"alpine"', vars), 'alpine');
    expectValue(expandWord("'alpine'", vars), 'alpine');
    expectValue(expandWord('"node":\'20\'', vars), 'node:20');
    expectValue(expandWord('"$V"', vars), 'val');
    expectValue(expandWord("'$V'", vars), '$V');
    expectValue(expandWord('"it\'s $V"', vars), "it's val");
    expectValue(expandWord('\'say "$V"\'', vars), 'say "$V"');
    expectValue(expandWord('"$S"', vars), 'a b');
    expectValue(expandWord('""', vars), '');
  });

  it('reports unterminated quotes in lex.go words', () => {
    expectError(expandWord("'abc", vars), 'unexpected end of statement while looking for matching single-quote');
    expectError(expandWord('"abc', vars), 'unexpected end of statement while looking for matching double-quote');
    expectError(expandWord('"a\\', vars), 'unexpected end of statement while looking for matching double-quote');
  });
});

describe('glob patterns', () => {
  const path = env({P: '/usr/local/lib/file.tar.gz', T: 'v1.2.3-alpine', NL: 'ab\ncd'});
  it.each([
    ['${P#*/}', 'usr/local/lib/file.tar.gz'],
    ['${P##*/}', 'file.tar.gz'],
    ['${P%/*}', '/usr/local/lib'],
    ['${P%%/*}', ''],
    ['${P%.*}', '/usr/local/lib/file.tar'],
    ['${P%%.*}', '/usr/local/lib/file'],
    ['${P#/usr}', '/local/lib/file.tar.gz'],
    ['${P#usr}', '/usr/local/lib/file.tar.gz'],
    ['${T#v}', '1.2.3-alpine'],
    ['${T%-*}', 'v1.2.3'],
    ['${T%%[.-]*}', 'v1.2.3-alpine'],
    ['${T#v?.}', '2.3-alpine'],
    ['${T#\\?}', 'v1.2.3-alpine'],
    ['${T/./_}', 'v1_2.3-alpine'],
    ['${T//./_}', 'v1_2_3-alpine'],
    ['${T/-*/}', 'v1.2.3'],
    ['${T//[0-9]/x}', 'v1.2.3-alpine'],
    ['${T/alpine/bookworm}', 'v1.2.3-bookworm'],
    ['${T/nothing/x}', 'v1.2.3-alpine'],
  ])('%s', (word, expected) => {
    expectValue(expandWord(word, path), expected);
  });

  it('treats [...] literally, like lex.go (no bracket expressions)', () => {
    expectValue(expandWord('${V#[ab]}', env({V: 'abc'})), 'abc');
    expectValue(expandWord('${V#[ab]}', env({V: '[ab]c'})), 'c');
  });

  it('reads a greedy ## or %% marker from the expanded pattern', () => {
    expectValue(expandWord('${V#$X}', env({V: 'a.b.c', X: '#*.'})), 'c');
    expectValue(expandWord('${V%$X}', env({V: 'a.b.c', X: '%.*'})), 'a');
  });

  it('keeps glob characters special even when quoted (unlike sh)', () => {
    expectValue(expandWord('${V#"*"}', env({V: 'abc'})), 'abc');
    expectValue(expandWord('${V##"*"}', env({V: 'abc'})), '');
    expectValue(expandWord("${V//'?'/x}", env({V: 'ab'})), 'xx');
  });

  it('never lets * or ? match a newline (Go regexp `.`)', () => {
    expectValue(expandWord('${NL##*}', path), '\ncd');
    expectValue(expandWord('${NL%%?d}', path), 'ab\n');
    expectValue(expandWord('${NL%%?\n*}', path), 'a');
    expectValue(expandWord('${NL/b?c/x}', path), 'ab\ncd');
    expectValue(expandWord('${NL//*/x}', path), 'x\nx');
  });

  it('replaces empty matches as Go regexp.ReplaceAllString does', () => {
    expectValue(expandWord('${V//$E/-}', env({V: 'ab', E: ''})), '-a-b-');
    expectValue(expandWord('${V//*/-}', env({V: 'ab'})), '-');
    expectValue(expandWord('${V//*/-}', env({V: ''})), '-');
    expectValue(expandWord('${V/*/-}', env({V: ''})), '-');
  });

  it('expands $ templates in the replacement of ${V//p/r} only, as Go regexp does', () => {
    const vars = env({V: 'abca', R: '<$0>', D: '$$', N: '$x${1}', B: '${0'});
    expectValue(expandWord('${V//a/$R}', vars), '<a>bc<a>');
    expectValue(expandWord('${V/a/$R}', vars), '<$0>bca');
    expectValue(expandWord('${V//a/$D}', vars), '$bc$');
    expectValue(expandWord('${V//a/$N}', vars), 'bc');
    expectValue(expandWord('${V//a/$B}', vars), '${0bc${0');
    expectValue(expandWord('${V//bc/\\$}', vars), 'a\\$a');
  });

  it('reports invalid escapes in patterns as lex.go words them', () => {
    expectError(expandWord('${V#\\x}', env({V: 'x'})), "invalid pattern (\\x) in substitution: invalid escape '\\x'");
    expectError(expandWord('${V#$P}', env({V: 'x', P: 'ab\\'})), "invalid pattern (ab\\) in substitution: invalid escape '\\\uFFFD'");
    // trimSuffix reverses the pattern before compiling it, so the message shows it reversed.
    expectError(expandWord('${V%$P}', env({V: 'x', P: 'ab\\'})), "invalid pattern (\\ba) in substitution: invalid escape '\\b'");
    expectError(expandWord('${V/\\x/y}', env({V: 'x'})), "invalid pattern (\\x) in substitution: invalid escape '\\x'");
  });
});

describe('errors', () => {
  it.each([
    ['${', "syntax error: missing '}'"],
    ['${}', 'syntax error: bad substitution'],
    ['${:-x}', 'syntax error: bad substitution'],
    ['${{V}', 'syntax error: bad substitution'],
    ['${V', 'unsupported modifier (\uFFFD) in substitution'],
    ['${V:', "syntax error: missing '}'"],
    ['${V:-x', "syntax error: missing '}'"],
    ['${V#x', "syntax error: missing '}'"],
    ['${V:-${W}', "syntax error: missing '}'"],
    ['${V/x', "syntax error: missing '/' in ${}"],
    ['${V/x/y', "syntax error: missing '}'"],
    ['${V=x}', 'unsupported modifier (=) in substitution'],
    ['${V:=x}', 'unsupported modifier (:=) in substitution'],
    ['${V:#x}', 'unsupported modifier (:#) in substitution'],
    ['${V:/x/y}', 'unsupported modifier (:/) in substitution'],
    ['${V.x}', 'unsupported modifier (.) in substitution'],
    ['${#V}', 'unsupported modifier (V) in substitution'],
    ['${V:-${}}', 'syntax error: bad substitution'],
    ['${V:-"x}', "syntax error: missing '}'"],
    ['a${V:-x}${W:?}b', 'W: is not allowed to be unset'],
  ])('%j', (word, message) => {
    expectError(expandWord(word, env()), message);
  });

  it('still reports the names lex.go looked up before failing', () => {
    const result = expandWord('$A${B:Y$C}', env({A: 'a'}));
    expect(result.error).toBe('unsupported modifier (:Y) in substitution');
    expect(result.used).toEqual(['A', 'B', 'C']);
    expect(result.unset).toEqual(['B', 'C']);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Property tests.

const lexerChars = ['$', '{', '}', ':', '-', '+', '?', '#', '%', '/', '*', '\\', '`', '"', "'", 'A', 'b', '_', '1', '@', ' ', '\n', 'é', '😀'];
const lexerWord = fc.array(fc.constantFrom(...lexerChars), {maxLength: 60}).map((chars) => chars.join(''));
const someEnv = fc.dictionary(fc.constantFrom('A', 'b', '_', 'A1', '1', '@', 'é'), fc.string({maxLength: 6}), {maxKeys: 5}).map((vars) => env(vars));

function checkInvariants(result: ExpandResult, vars: ReadonlyMap<string, string>): void {
  expect(typeof result.value).toBe('string');
  expect(new Set(result.used).size).toBe(result.used.length);
  expect(new Set(result.unset).size).toBe(result.unset.length);
  for (const name of result.unset) {
    expect(result.used).toContain(name);
    expect(vars.has(name)).toBe(false);
  }
  for (const name of result.used) if (!result.unset.includes(name)) expect(vars.has(name)).toBe(true);
  if (result.error !== null) expect(result.value).toBe('');
  else expect(result.limitExceeded).toBe(false);
}

describe('properties', () => {
  it('never throws on arbitrary strings, and always returns a string value', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 200}), someEnv, fc.constantFrom('\\', '`'), (word, vars, escape) => {
        checkInvariants(expandWord(word, vars, escape), vars);
      }),
      {numRuns: 500},
    );
  });

  it('never throws on words made of the characters the lexer cares about', () => {
    fc.assert(
      fc.property(lexerWord, someEnv, fc.constantFrom('\\', '`'), (word, vars, escape) => {
        checkInvariants(expandWord(word, vars, escape), vars);
      }),
      {numRuns: 3000},
    );
  });

  it('never throws on long strings', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', minLength: 1000, maxLength: 20_000}), someEnv, (word, vars) => {
        checkInvariants(expandWord(word, vars), vars);
      }),
      {numRuns: 25},
    );
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...lexerChars), {minLength: 5000, maxLength: 20_000}), someEnv, (chars, vars) => {
        checkInvariants(expandWord(chars.join(''), vars), vars);
      }),
      {numRuns: 25},
    );
  });

  it('survives odd arguments from untyped callers', () => {
    const odd = expandWord('$A', {} as unknown as ReadonlyMap<string, string>);
    expect(typeof odd.value).toBe('string');
    expect(odd.error).not.toBeNull();
    expectValue(expandWord('\\$A', env(), 'nonsense'), '$A');
  });

  it('leaves words without $, quotes or escapes unchanged', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', maxLength: 100}), someEnv, (word, vars) => {
        fc.pre(!/[$'"\\]/.test(word) && !word.startsWith('\uFEFF'));
        expectValue(expandWord(word, vars), word);
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// Glob matching checked against a regular-expression oracle. The oracle builds the same regular expression
// as lex.go's convertShellPatternToRegex (Go's `.` is [^\n]) and runs it on JavaScript's backtracking
// engine, which has the same leftmost-first semantics as Go's regexp for these expressions. The pattern is
// passed through a variable so that it reaches the matcher verbatim.

function literal(char: string): string {
  return `\\u{${char.codePointAt(0)!.toString(16)}}`;
}

function oracleRegex(pattern: string, greedy: boolean, anchored: boolean): RegExp | string {
  const chars = Array.from(pattern);
  let source = anchored ? '^' : '';
  for (let i = chars[0] === '\uFEFF' ? 1 : 0; i < chars.length; i++) {
    const char = chars[i]!;
    if (char === '*') source += greedy ? '[^\\n]*' : '[^\\n]*?';
    else if (char === '?') source += '[^\\n]';
    else if (char === '\\') {
      const following = chars[i + 1];
      if (following === '}' || following === '/') continue;
      i++;
      if (following !== '*' && following !== '?' && following !== '\\') return `invalid escape '\\${following ?? '\uFFFD'}'`;
      source += literal(following);
    } else source += literal(char);
  }
  return new RegExp(source, anchored ? 'u' : 'gu');
}

function oracleReversePattern(pattern: string): string {
  const chars = Array.from(pattern);
  const out: string[] = [];
  for (let i = 0; i < chars.length;) {
    if (chars[i] === '\\' && i !== chars.length - 1) {
      out.unshift(chars[i]!, chars[i + 1]!);
      i += 2;
    } else {
      out.unshift(chars[i]!);
      i++;
    }
  }
  return out.join('');
}

const reverse = (text: string): string => Array.from(text).reverse().join('');

type Oracle = {value: string} | {error: string};

function oracleTrimPrefix(pattern: string, value: string, greedy: boolean): Oracle {
  const regex = oracleRegex(pattern, greedy, true);
  if (typeof regex === 'string') return {error: `invalid pattern (${pattern}) in substitution: ${regex}`};
  const match = regex.exec(value);
  return {value: match ? value.slice(match[0].length) : value};
}

function oracleTrim(op: '#' | '##' | '%' | '%%', pattern: string, value: string): Oracle {
  let word = (op.length === 2 ? op[0]! : '') + pattern;
  const greedy = word.startsWith(op[0]!);
  if (greedy) word = word.slice(1);
  if (op[0] === '#') return oracleTrimPrefix(word, value, greedy);
  const trimmed = oracleTrimPrefix(oracleReversePattern(word), reverse(value), greedy);
  return 'error' in trimmed ? trimmed : {value: reverse(trimmed.value)};
}

function oracleTemplate(template: string, match: string): string {
  return template.replace(/\$(?:(\$)|\{([\p{L}\p{Nd}_]+)\}|([\p{L}\p{Nd}_]+))?/gu, (_all, dollar, braced, bare) => {
    if (dollar) return '$';
    const name = (braced ?? bare) as string | undefined;
    if (name === undefined) return '$';
    return name === '0' ? match : '';
  });
}

function oracleReplace(pattern: string, replacement: string, value: string, all: boolean): Oracle {
  const regex = oracleRegex(pattern, true, false);
  if (typeof regex === 'string') return {error: `invalid pattern (${pattern}) in substitution: ${regex}`};
  if (!all) {
    const match = regex.exec(value);
    if (!match) return {value};
    return {value: value.slice(0, match.index) + replacement + value.slice(match.index + match[0].length)};
  }
  // Go's regexp.ReplaceAllString loop.
  let out = '';
  let lastMatchEnd = 0;
  let searchPos = 0;
  while (searchPos <= value.length) {
    regex.lastIndex = searchPos;
    const match = regex.exec(value);
    if (!match) break;
    const start = match.index;
    const end = start + match[0].length;
    out += value.slice(lastMatchEnd, start);
    if (end > lastMatchEnd || start === 0) out += oracleTemplate(replacement, match[0]);
    lastMatchEnd = end;
    const width = searchPos < value.length ? (value.codePointAt(searchPos)! > 0xffff ? 2 : 1) : 0;
    if (searchPos + width > end) searchPos += width;
    else if (searchPos + 1 > end) searchPos++;
    else searchPos = end;
  }
  return {value: out + value.slice(lastMatchEnd)};
}

function expectOracle(result: ExpandResult, oracle: Oracle): void {
  if ('error' in oracle) expectError(result, oracle.error);
  else expectValue(result, oracle.value);
}

describe('glob matching agrees with a regular-expression oracle', () => {
  const patternText = fc
    .array(fc.constantFrom('a', 'b', '*', '*', '?', '\\', '\n', '}', '/', '.', '[', '#', '%', '$', '😀', '\uFEFF'), {maxLength: 8})
    .map((chars) => chars.join(''));
  const valueText = fc.array(fc.constantFrom('a', 'b', 'a', 'b', '\n', '*', '?', '\\', '.', '😀'), {maxLength: 14}).map((chars) => chars.join(''));

  it('${V#p} ${V##p} ${V%p} ${V%%p}', () => {
    fc.assert(
      fc.property(fc.constantFrom('#', '##', '%', '%%'), patternText, valueText, (op, pattern, value) => {
        expectOracle(expandWord(`\${V${op}$P}`, env({V: value, P: pattern})), oracleTrim(op, pattern, value));
      }),
      {numRuns: 5000},
    );
  });

  it('${V/p/r} ${V//p/r}', () => {
    const replacement = fc.constantFrom('', 'X', '$0', '<$0>', '$$', '${0}', '$1', '$x', '${', '$');
    fc.assert(
      fc.property(fc.boolean(), patternText, valueText, replacement, (all, pattern, value, repl) => {
        const word = all ? '${V//$P/$R}' : '${V/$P/$R}';
        expectOracle(expandWord(word, env({V: value, P: pattern, R: repl})), oracleReplace(pattern, repl, value, all));
      }),
      {numRuns: 5000},
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// Hostile input: every call must come back quickly, without throwing.

describe('hostile input', () => {
  function timed(word: string, vars: ReadonlyMap<string, string> = env()): ExpandResult {
    // Returning at all is the check here: the test's own timeout bounds a runaway expansion.
    const result = expandWord(word, vars);
    checkInvariants(result, vars);
    return result;
  }

  it('100 KB of $${{{', () => {
    const result = timed('$${{{'.repeat(20_000));
    expectValue(result, '{{{'.repeat(20_000));
    expect(result.unset).toEqual(['$']);
  });

  it('100 KB of other lexer soup', () => {
    timed('${'.repeat(50_000));
    timed('\\'.repeat(100_001));
    timed('"'.repeat(100_001));
    timed("'".repeat(100_001));
    timed('$'.repeat(100_000));
    timed('${A:-'.repeat(4) + '}}}}' + '$A'.repeat(50_000));
    expectValue(timed('a'.repeat(100_000)), 'a'.repeat(100_000));
  });

  it('deep nesting stops at a limit instead of overflowing the stack', () => {
    for (const open of ['${A:-', '"${A:-', '${A/', '${A#']) {
      const result = timed(open.repeat(20_000) + 'x');
      expect(result.limitExceeded).toBe(true);
      expect(result.error).toMatch(/nests/);
    }
    expectValue(timed('${A:-'.repeat(100) + 'x' + '}'.repeat(100)), 'x');
  });

  it('results that would grow without bound stop at a limit', () => {
    const big = env({V: 'x'.repeat(10_000)});
    const squared = timed('${V//?/$V}', big);
    expect(squared.limitExceeded).toBe(true);
    expect(squared.error).toMatch(/characters/);
    expect(timed('$V'.repeat(50_000), big).limitExceeded).toBe(true);
  });

  it('long patterns against long values finish or stop at the work limit', () => {
    const as = env({V: 'a'.repeat(50_000)});
    expectValue(timed('${V##' + '*a'.repeat(5_000) + 'b}', as), 'a'.repeat(50_000));
    expectValue(timed('${V%%' + 'a*'.repeat(5_000) + '}', as), '');
    expectValue(timed('${V#' + 'a'.repeat(20_000) + '}', as), 'a'.repeat(30_000));
    expect(timed('${V/' + 'a'.repeat(20_000) + 'b/x}', as).limitExceeded).toBe(true);
    expect(timed('${V#x}'.repeat(10_000), as).limitExceeded).toBe(true);
    expectValue(timed('${V//a/b}', as), 'b'.repeat(50_000));
    expectValue(timed('${V//*a/b}', as), 'b');
    expectValue(timed('${V//$E/-}', env({V: 'a'.repeat(50_000), E: ''})), '-' + 'a-'.repeat(50_000));
    const emptyTemplate = env({V: 'a'.repeat(50_000), R: '$x'.repeat(50_000)});
    expect(timed('${V//?/$R}', emptyTemplate).limitExceeded).toBe(true);
  });
});
