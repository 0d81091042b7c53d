#!/usr/bin/env node
// Regenerates tests/printing/otp-expectations.ts by running every case below
// through a real OTP 26 (io_lib:format/2, and erts_internal:term_to_string/2
// for erlang:display/1's text).
//
//   node tests/printing/otp/generate-expectations.js [path/to/erl-or-escript-dir]
//
// The erl used is /opt/otp26/bin (when built), else the source tree's bootstrap.

'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const range = (n, f) => Array.from({ length: n }, (_, i) => f(i));
const seq = (a, b) => range(b - a + 1, (i) => a + i).join(',');

// [format, args] where args is the text of an Erlang list.
const FORMAT = [];
const fmt = (f, args) => FORMAT.push([f, args]);
const each = (f, terms) => terms.forEach((t) => fmt(f, `[${t}]`));

// ---- atoms ----
const ATOMS = [
  'hello', "'hello world'", "'Abc'", "'if'", "'catch'", "'maybe'", "'else'", "''", "'_x'", "'a@b'", "'a.b'",
  "'a\\nb'", "'it\\'s'", "'back\\\\slash'", "'\\x{e9}t\\x{e9}'", "'\\x{c9}t\\x{e9}'", "'\\x{1c5}'",
  "'\\x{65e5}\\x{672c}'", "'a\\x{100}b'", "'\\x{ff}'", "'a\\x{f7}'", "'\\x{80}'", "'\\x{a0}'", "'a\\tb'", "'\\e'",
  "'a b'", 'aBC123_@', "'1a'", "'\\x{df}eta'",
];
for (const f of ['~w', '~p', '~tw', '~tp', '~s', '~ts']) each(f, ATOMS);

// ---- integers ----
const INTS = ['0', '-5', '42', '123456789012345678901234567890', '-98765432109876543210987654321', '255', '-255'];
for (const f of ['~w', '~p', '~b', '~.16b', '~.16B', '~.2b', '~.36B', '~.36b', '~#', '~+', '~.16#', '~.16+', '~.2#']) each(f, INTS);
fmt('~x', '[255, "0x"]');
fmt('~.16x', '[255, "0x"]');
fmt('~.16X', '[-255, "0x"]');
fmt('~.16x', "[255, '0x']");
fmt('~.16X', '[255, ["0", "x"]]');
fmt('~10.16x', '[255, "#"]');
fmt('~10b', '[-42]');
fmt('~-10b|', '[-42]');
fmt('~10.8.0b', '[42]');
fmt('~2b', '[12345]');
fmt('~.37b', '[5]');
fmt('~.1b', '[5]');
fmt('~b', '[1.0]');
fmt('~x', '[1, 2]');
fmt('~*b', '[6, 42]');
fmt('~*b|', '[-6, 42]');
fmt('~*.*b', '[6, 2, 5]');
fmt('~.*.*b', '[2, $x, 5]');

// ---- floats ----
const FLOATS = [
  '0.1', '1.0e-10', '1.0e25', '123456789.0', '5.0e-324', '-0.0', '0.0', '1.7976931348623157e308', '1.0', '100.0',
  '1000.0', '1.0e15', '1.0e16', '123456.789', '2.5e-5', '0.0001', '0.001', '9007199254740992.0', '9007199254740994.0',
  '4503599627370496.5', '1.0e21', '1.0e22', '1.0e23', '3.14159', '2.2250738585072014e-308', '1.0e100', '1234567890.0',
  '12345678901.0', '0.3', '0.6666666666666666', '-1.5', '1.0e-5', '123.456e10', '9.999999999999999e22', '5.0e15',
  '4.5e15', '9.0e15', '1.2345e-7', '0.5', '2.0', '1.0e-4', '12.5', '-273.15', '6.02214076e23', '1.6e-19', '100.5',
  '1.0e9', '1.0e10', '1.5e10', '12345678912.0', '1.0e2', '1.0e3', '2.0e2',
];
for (const f of ['~w', '~p', '~f', '~e', '~g', '~.2f', '~.3e', '~.3g', '~.1g', '~.10f', '~.17g', '~15.4f|', '~-15.4e|']) {
  each(f, FLOATS);
}
for (const x of ['0.05', '0.15', '0.25', '0.35', '2.5', '9.9999999', '99.95', '0.999', '0.0005', '1.0e-20', '1.0e20', '1234.5678', '0.000123456', '99999.5']) {
  for (const f of ['~.1f', '~.0f', '~.2e', '~.1e', '~.1g', '~.2g', '~.6g', '~.4f', '~.1e', '~5.1f', '~3f']) fmt(f, `[${x}]`);
}
fmt('~e', '[1]');
fmt('~f', '[foo]');
fmt('~*.*f|', '[12, 3, 3.14159]');
fmt('~.*f', '[-1, 3.14159]');
fmt('~10.3.0f', '[3.14159]');
fmt('~-10.3.xf|', '[3.14159]');

// ---- strings, ~s / ~ts ----
const STRS = ['"abc"', '"hello world"', '<<"bin">>', '["ab", <<"cd">>, $e | <<"f">>]', '[]', '<<>>', '[[[$a]], [], $b]'];
for (const f of ['~s', '~10s|', '~-10s|', '~.2s|', '~10.2s|', '~10.5s|', '~-10.5s|', '~5.5s|', '~2s|', '~.10s|', '~10.2.*s|', '~ts', '~8ts|']) {
  each(f, STRS);
}
fmt('~10.2.*s|', '[$-, "abc"]');
fmt('~-10.2.*s|', '[$-, "abc"]');
fmt('~5.10s', '["abc"]');
fmt('~s', '[[256]]');
fmt('~s', '[123]');
fmt('~s', '[<<1:1>>]');
fmt('~s', '[[$a|b]]');
fmt('~ts', '[[1000, 1001]]');
fmt('~ts', '[<<"\\x{65e5}\\x{672c}"/utf8>>]');
fmt('~ts', '[<<230,151>>]');
fmt('~ts', '[["a", <<"\\x{e9}"/utf8>>, 8364]]');
fmt('~ts', '[-1]');
fmt('~ts', '[[-1]]');
fmt('~5ts|', '[[101, 769, 120]]');
fmt('~.1ts|', '[[101, 769, 120]]');
fmt('~5s|', '[[101, 233, 120]]');
fmt('~s|~s', '["a", "b"]');
fmt('~s', '[\'hello world\']');
fmt('~ts', '[\'\\x{65e5}\']');
fmt('~s', '[\'\\x{65e5}\']');
fmt('~10ts|', '["\\x{65e5}\\x{672c}"]');
fmt('~-10ts|', '["\\x{65e5}\\x{672c}"]');
fmt('~.1ts|', '["\\x{65e5}\\x{672c}"]');

// ---- characters and the rest ----
for (const f of ['~c', '~5c|', '~.3c|', '~5.3c|', '~-5.3c|', '~5.3.xc|', '~tc', '~3.5c']) each(f, ['65', '321', '-1', '8364']);
for (const f of ['~~', '~5~', '~n', '~3n', '~-3n', '~i', '~5i']) fmt(f + '|', f === '~i' || f === '~5i' ? '[anything]' : '[]');
fmt('~', '[]');
fmt('~z', '[1]');
fmt('~p', '[]');
fmt('abc', '[1]');
fmt('~-p', '[a]');
fmt('~-20p', '[a]');
fmt('~W', '[[1,2,3], x]');
fmt('~P', '[[1,2,3], 1.0]');
fmt('~.5.', '[]');
fmt('~K', '[]');
fmt('a\tb~p', '[[' + seq(1, 40) + ']]');
fmt('\u00e9~s', '["x"]');
fmt('~ts \u65e5', '["x"]');

// ---- ~w / ~W ----
const TERMS_W = [
  '[1,2,3]', '[1,2|3]', '"abc"', '{}', '{a}', '{a,b,c,d,e}', '[[1,[2,[3,[4]]]]]', '#{}', '#{"a" => 1, "b" => 2, "c" => 3}',
  '<<>>', '<<1,2,3>>', '<<"abc">>', '<<1,2:3>>', '<<5:3>>', '<<1,2,3,4,5,6,7,8,9,10>>', '{[a|b], #{[1] => {x}}}', '#{1 => a, 2 => b, 3 => c}',
  '[{a,1},{b,2},{c,3},{d,4}]', 'fun lists:map/2', "fun 'Mod':'fun'/0", '[-1, -2.5]',
];
each('~w', TERMS_W);
for (const d of [0, 1, 2, 3, 4, 5]) for (const t of TERMS_W) fmt('~W', `[${t}, ${d}]`);
fmt('~W', '[[1,2,3], -5]');
fmt('~10w|', '[[1,2,3]]');
fmt('~-10w|', '[[1,2,3]]');
fmt('~5w|', '[[1,2,3,4,5]]');
fmt('~10.5w|', '[[1,2,3,4,5]]');
fmt('~10.5.-w|', '[abc]');
fmt('~.5w|', '[[1,2,3,4,5]]');
fmt('~tw', '[[\'\\x{65e5}\', "\\x{65e5}"]]');
fmt('~kw', '[#{b => 1, a => 2, 1 => 3, 1.0 => 4}]');
fmt('~Kw', '[reversed, #{b => 1, a => 2, 1 => 3, 1.0 => 4}]');
fmt('~Kw', '[ordered, #{b => 1, a => 2, 1 => 3, 1.0 => 4}]');
fmt('~Kw', '[undefined, #{2 => 1, 1 => 2}]');
fmt('~kp', '[#{b => 1, a => 2, 1 => 3, 1.0 => 4, "s" => 5, {t} => 6}]');
fmt('~Kp', '[reversed, #{b => 1, a => 2, 1 => 3, 1.0 => 4, "s" => 5, {t} => 6}]');

// ---- ~p: strings and printable detection ----
const TERMS_P = [
  '"hello"', '"hello\\nworld"', '"tab\\there"', '"quote\\"s and \\\\"', '[7]', '"\\e\\b\\f\\v\\r"', '[1000]', '[233, 97]',
  '"\\x{65e5}\\x{672c}"', '[]', '[[]]', '["abc", "def"]', '[$a | $b]', '[97, 98 | 99]', '[128]', '[160]', '[127]',
  '<<"hello">>', '<<"h\\"i">>', '<<200>>', '<<"\\x{e9}"/utf8>>', '<<"\\x{65e5}\\x{672c}"/utf8>>', '<<"abc", 0>>',
  '<<1,2,3>>', '<<1,2:3>>', '<<"abc\\n">>', '<<"\\x{e9}t\\x{e9}"/utf8, 1>>', '<<255, 254>>', '<<"\\x{10ffff}"/utf8>>',
  '<<239,187,191,97>>', `"${'a'.repeat(100)}"`, `<<"${'b'.repeat(100)}">>`, '"\\x{e9}t\\x{e9}"',
];
for (const f of ['~p', '~tp', '~lp', '~ltp']) each(f, TERMS_P);
for (const d of [1, 2, 3, 4, 6]) {
  for (const t of ['"hello"', '["abc", "def", "ghi"]', `<<"${'c'.repeat(30)}">>`, '<<1,2,3,4,5,6,7,8>>', '<<"abc", 0, "def">>', '<<"\\x{e9}\\x{e9}\\x{e9}\\x{e9}\\x{e9}"/utf8>>', `<<"${'d'.repeat(25)}", 7>>`]) {
    fmt('~P', `[${t}, ${d}]`);
    fmt('~tP', `[${t}, ${d}]`);
  }
}

// ---- ~p layout ----
const LAYOUT = [
  `[${seq(1, 30)}]`,
  `[${seq(1, 100)}]`,
  `{${range(30, (i) => `{tag${i},[a,b,c]}`).join(',')}}`,
  `#{${range(10, (i) => `key${i} => {value,${i},"string"}`).join(',')}}`,
  `{state, ${range(8, (i) => `"field number ${i}"`).join(',')}}`,
  `{a_very_long_tag_name_here, [${seq(1, 40)}], {nested, [${seq(1, 25)}]}}`,
  `{ok, #{<<"name">> => "Joe", <<"roles">> => [admin, user, guest], <<"meta">> => #{<<"created">> => 1234567890, <<"tags">> => [${range(10, (i) => `t${i}`).join(',')}]}}}`,
  `[{${range(5, (i) => `elem${i}`).join(',')}} | {${range(12, (i) => `tail${i}`).join(',')}}]`,
  `[${range(12, (i) => `"str${i}"`).join(',')} | "improper tail string that is long"]`,
  `#{${range(4, (i) => `"a long key string number ${i} xxxxxxxx" => {"a long value string", ${i}, [${seq(1, 10)}]}`).join(',')}}`,
  `#{{compound, key, ${seq(1, 20)}} => {compound, value, ${seq(1, 20)}}}`,
  `[${range(6, () => `<<${seq(0, 60)}>>`).join(',')}]`,
  `<<${seq(0, 255)}>>`,
  `<<${seq(100, 200)}, 5:3>>`,
  `{x, <<${seq(0, 50)}>>}`,
  `[[[[[[[[[[${seq(1, 60)}]]]]]]]]]]`,
  `{{{{{{{{{{${seq(1, 60)}}}}}}}}}}}`,
  `{t, [${range(10, (i) => `{k${i}, "v${i}"}`).join(',')}]}`,
  `{'Elixir.Some.Module', [${range(8, (i) => `#{"id" => ${i}, "name" => <<"name${i}">>}`).join(',')}]}`,
  `[${range(15, (i) => `{tag, ${i}}`).join(',')}]`,
  `{abc, {defgh, {ijklmnop, {qrstuvwxyz, [${seq(1, 50)}]}}}}`,
  `{1, 2, [${seq(1, 50)}], 3}`,
  `[a | [${seq(1, 50)}]]`,
  `{a, [${range(20, (i) => `${i}.5`).join(',')}]}`,
  `{error, {badmatch, [${range(10, (i) => `{file, "src/module_${i}.erl"}`).join(',')}]}}`,
  `{tagged_tuple_with_a_long_tag_name_exceeding_things, ${range(10, (i) => `value_${i}`).join(',')}}`,
  `#{"list" => [${seq(1, 60)}], "map" => #{1 => 1, 2 => [${seq(1, 40)}]}}`,
  `[#{a => 1}, #{1 => 2, 2 => [${seq(1, 40)}]}]`,
  `#{${range(40, (i) => `${i * 7} => k${i}`).join(',')}}`,
  `#{${range(40, (i) => `"k${i}" => ${i}`).join(',')}}`,
  `{'\\x{e9}t\\x{e9}', "\\x{e9}t\\x{e9}", <<"\\x{e9}t\\x{e9}"/utf8>>, ${range(10, (i) => `'\\x{65e5}${i}'`).join(',')}}`,
  `[${range(10, (i) => `fun lists:map/${i}`).join(',')}]`,
  `{${range(10, () => `-1.5e-10`).join(',')}}`,
  `[${range(9, (i) => `123456789012345678901234567890${i}`).join(',')}]`,
  '['.repeat(300) + ']'.repeat(300),
  '{'.repeat(300) + '}'.repeat(300),
  range(60, () => '[a,').join('') + '[]' + ']'.repeat(60),
  range(40, () => '{t,').join('') + 'x' + '}'.repeat(40),
  range(40, () => '#{k => ').join('') + 'v' + '}'.repeat(40),
  `[${seq(1, 1000)}]`,
];
for (const t of LAYOUT) {
  fmt('~p', `[${t}]`);
  fmt('~tp', `[${t}]`);
  fmt('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ~p', `[${t}]`);
  fmt('~40p', `[${t}]`);
  fmt('~.30p', `[${t}]`);
  fmt('~0p', `[${t}]`);
  fmt('~P', `[${t}, 5]`);
  fmt('~P', `[${t}, 3]`);
  fmt('~P', `[${t}, 9]`);
  fmt('~kp', `[${t}]`);
  fmt('~lp', `[${t}]`);
  fmt('a ~p b ~p', `[${t}, ${t}]`);
  fmt('line1\n  ~p', `[${t}]`);
}
fmt('~p', '[[{a,b},{c,d}]]');
fmt('~120p', `[[${seq(1, 60)}]]`);
fmt('~5p', '[{a,b,c}]');
fmt('~1p', '[{aaa,bbb,[1,2]}]');
fmt('~p', '[foo]');
fmt('~p', '[12.5]');
fmt('~P', '[foo, 0]');
fmt('~P', '[[1,2], 0]');
fmt('~p~p', '[[' + seq(1, 30) + '], [' + seq(1, 30) + ']]');

// ---- erlang:display/1 text ----
const DISPLAY = [
  '1', '-5', '123456789012345678901234567890', '1.5', '0.1', '-0.0', '1.0e25', '5.0e-324', '1.7976931348623157e308',
  '123456.5', 'atom', "'Abc'", "'if'", "''", "'hello world'", "'it\\'s'", "'a\\nb'", "'\\x{e9}t\\x{e9}'",
  "'\\x{65e5}'", "'\\x{80}x'", "'a@b'", "'\\x{c9}'", '"abc"', '"a\\nb"', '"quo\\"te"', '"back\\\\slash"', '"tab\\t"', '[200, 201]',
  '[7]', '[]', '[1,2,3]', '[1,2|3]', '[[]]', '{}', '{a, "b", [c]}', '#{}', '#{1 => a, "b" => "x"}', '#{{1} => 1.0}', '<<>>', '<<"abc">>',
  '<<"a\\"b">>', '<<1,2,3>>', '<<"abc", 0>>', '<<1,2:3>>', '<<5:3>>', 'fun lists:map/2', "fun 'A':'b c'/0",
  '{[{a, 1.0}], #{[1] => <<200>>}}', '"\\x{7f}"', '[160]', '" "',
];
const DISPLAY_CASES = DISPLAY;

// Run with `erl +pc unicode` (io:printable_range() =:= unicode).
const FORMAT_PC_UNICODE = [];
for (const t of ['"\\x{65e5}\\x{672c}"', '[1000, 1001]', '[233, 1000]', '[16#10FFFF]', '[16#D800]', '[16#FFFE]', '[128]',
  '<<"\\x{65e5}\\x{672c}"/utf8>>', '<<"\\x{e9}"/utf8>>', '<<"a\\x{80}b"/utf8>>', `{x, "${'\\x{3b1}'.repeat(50)}", [${range(30, () => '"\\x{65e5}"').join(',')}]}`]) {
  for (const f of ['~p', '~tp', '~w', '~tw']) FORMAT_PC_UNICODE.push([f, `[${t}]`]);
}
for (const d of [2, 3, 5]) FORMAT_PC_UNICODE.push(['~tP', `[<<"\\x{e9}\\x{e9}\\x{e9}\\x{e9}\\x{e9}\\x{e9}\\x{e9}\\x{e9}\\x{e9}"/utf8>>, ${d}]`]);

function toErlString(s) {
  return '[' + Array.from(s).map((c) => c.codePointAt(0)).join(',') + ']';
}

function main() {
  const binDir = process.argv[2] ?? (fs.existsSync('/opt/otp26/bin/escript') ? '/opt/otp26/bin' : '/opt/otp26-src/bootstrap/bin');
  const cases = [
    ...FORMAT.map(([f, a]) => ({ kind: 'format', fmt: f, args: a })),
    ...DISPLAY_CASES.map((t) => ({ kind: 'display', fmt: '', args: t })),
    ...FORMAT_PC_UNICODE.map(([f, a]) => ({ kind: 'format_pc_unicode', fmt: f, args: a })),
  ];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'printing-cases-'));
  let out = '';
  for (const pcUnicode of [false, true]) {
    const file = path.join(dir, `cases-${pcUnicode}.eterm`);
    fs.writeFileSync(
      file,
      cases
        .map((c, i) => [c, i])
        .filter(([c]) => (c.kind === 'format_pc_unicode') === pcUnicode)
        .map(([c, i]) => `{${i}, ${c.kind}, ${toErlString(c.fmt)}, ${toErlString(c.args)}}.\n`)
        .join(''),
    );
    out += execFileSync(path.join(binDir, 'escript'), [path.join(__dirname, 'run_cases.escript'), file], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      env: { ...process.env, ERL_FLAGS: pcUnicode ? '+pc unicode' : '' },
    });
  }
  const results = new Map();
  for (const line of out.split('\n')) {
    const m = /^(\d+) (ok|badarg|unparsable)(?: (.*))?$/.exec(line);
    if (!m) continue;
    if (m[2] === 'unparsable') throw new Error(`OTP cannot parse case ${m[1]}: ${JSON.stringify(cases[Number(m[1])])}`);
    const codes = m[2] === 'ok' ? (m[3] ? m[3].split(',').map(Number) : []) : null;
    // false: OTP returns a list holding something that is not a character.
    const valid = codes !== null && codes.every((c) => Number.isInteger(c) && c >= 0 && c <= 0x10ffff);
    results.set(Number(m[1]), codes === null ? null : valid ? String.fromCodePoint(...codes) : false);
  }
  const lines = cases.map((c, i) => {
    if (!results.has(i)) throw new Error(`no result for case ${i}: ${JSON.stringify(c)}`);
    return `  [${JSON.stringify(c.kind)}, ${JSON.stringify(c.fmt)}, ${JSON.stringify(c.args)}, ${JSON.stringify(results.get(i))}],`;
  });
  const target = path.join(__dirname, '..', 'otp-expectations.ts');
  fs.writeFileSync(
    target,
    [
      '// Expected printing results, produced by OTP 26.2.5 (io_lib:format/2; erlang:display/1 text via',
      '// erts_internal:term_to_string/2) with tests/printing/otp/generate-expectations.js. Do not edit by hand.',
      '// Each row: [kind, format, args (Erlang term text), output]; output is null when OTP raises',
      '// badarg and false when OTP returns a list holding non-characters (e.g. ~tc of -1).',
      '',
      '// Kind format_pc_unicode: run with `erl +pc unicode` (io:printable_range() =:= unicode).',
      "export type OtpCase = readonly ['format' | 'format_pc_unicode' | 'display', string, string, string | null | false];",
      '',
      'export const OTP_CASES: readonly OtpCase[] = [',
      ...lines,
      '];',
      '',
    ].join('\n'),
  );
  fs.rmSync(dir, { recursive: true });
  console.log(`wrote ${cases.length} cases to ${target}`);

  const floatOut = execFileSync(path.join(binDir, 'escript'), [path.join(__dirname, 'float_cases.escript'), '1500'], {
    encoding: 'utf8',
    env: { ...process.env, ERL_FLAGS: '' },
  });
  const rows = floatOut
    .trim()
    .split('\n')
    .map((line) => `  ${JSON.stringify(line.split(' '))},`);
  const floatTarget = path.join(__dirname, '..', 'float-expectations.ts');
  fs.writeFileSync(
    floatTarget,
    [
      '// Float formatting produced by OTP 26.2.5 (tests/printing/otp/float_cases.escript via',
      '// generate-expectations.js). Do not edit by hand. Each row: [IEEE bits in hex,',
      '// float_to_list(F, [short]), io_lib:format(FLOAT_FORMAT, [F x 9]), erlang:display/1 text].',
      '',
      "export const FLOAT_FORMAT = '~e|~f|~g|~.3e|~.2f|~.10g|~.15f|~.1g|~.17e';",
      '',
      'export const FLOAT_CASES: ReadonlyArray<readonly [string, string, string, string]> = [',
      ...rows,
      '];',
      '',
    ].join('\n'),
  );
  console.log(`wrote ${rows.length} floats to ${floatTarget}`);
}

main();
