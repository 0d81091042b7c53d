#!/usr/bin/env node
// Writes cases.terms: one {Module, Function, ArgsText} per line, for the deep-list
// shape test. Every io_lib:format case of ../printing/otp-expectations.ts is
// taken as is (run through io_lib:format/2 instead of flattened), plus the
// cases below. Then record OTP's results:
//   node gen-cases.js && /opt/otp26/bin/escript gen-expected.escript cases.terms > expected.txt

'use strict';
const fs = require('node:fs');
const path = require('node:path');

const cases = [];
const add = (m, f, args) => cases.push([m, f, args]);

// ---- the io_lib:format/2 cases of the text-level table ----
const table = fs.readFileSync(path.join(__dirname, '..', 'printing', 'otp-expectations.ts'), 'utf8');
for (const line of table.split('\n')) {
  if (!line.startsWith('  ["format", ')) continue;
  const [, fmt, args, text] = JSON.parse(line.trim().replace(/,$/, ''));
  // The longest outputs add little to the shapes and a lot to expected.txt.
  if (typeof text === 'string' && text.length > 600) continue;
  add('io_lib', 'format', `[${erlString(fmt)}, ${args}]`);
}

// ---- more shapes: padding, nesting, formats that are not flat ----
const LONG = '[' + Array.from({ length: 30 }, (_, i) => i + 1).join(',') + ']';
const TERMS = [
  '{a,[1,2]}', LONG, `{tag,${LONG}}`, `#{1 => ${LONG}, 2 => {x, ${LONG}}}`, '<<1,2,3:3>>',
  `<<${Array.from({ length: 40 }, (_, i) => i * 7).join(',')}>>`, '<<"abc">>', '<<"\\x{e9}t\\x{e9}"/utf8>>',
  '[1,2|3]', `[${LONG}|tail]`, `[a,b|${LONG}]`, '"string"', '[[1,2],"ab",<<>>]', '{}', '#{}', "'Quoted atom'",
  `{record_like, ${LONG}, {nested, ${LONG}}}`, `[{k, ${LONG}}, {k2, ${LONG}}]`, `#{[1,2] => ${LONG}}`,
  `{a_rather_long_tag_name_for_indentation, ${LONG}}`, '[<<1,2>>, <<"text">>]',
];
for (const t of TERMS) {
  for (const f of ['~p', '~w', '~tp', '~lp', '~P', '~W', '~30p', '~10.5p', '~-12w|', '~12w|', '~3w', 'a~pb~n~p']) {
    const extra = f === '~P' || f === '~W' ? ', 4' : f === 'a~pb~n~p' ? ', x' : '';
    add('io_lib', 'format', `[${erlString(f)}, [${t}${extra}]]`);
  }
  add('io_lib', 'write', `[${t}]`);
  add('io_lib', 'write', `[${t}, 3]`);
  add('io_lib', 'write', `[${t}, [{depth, 5}, {encoding, unicode}]]`);
  add('io_lib', 'print', `[${t}]`);
  add('io_lib', 'print', `[${t}, 10, 40, 6]`);
  add('io_lib', 'write', `[${t}, 4, true]`);
}
for (const s of ['"abc"', '[$a, "bc", [], <<"de">> | <<"f">>]', '<<"bin">>', '["x", [[$y]]]', '[<<"\\x{e9}"/utf8>>, 955]']) {
  for (const f of ['~s', '~ts', '~10s|', '~-10s|', '~2s|', '~5.2s|', '~.2s|', '~10.4.*s|']) {
    const extra = f.includes('*') ? ', $-' : '';
    if (f.startsWith('~t') || !s.includes('955')) add('io_lib', 'format', `[${erlString(f.replace('~', '~'))}, [${s}${extra}]]`);
  }
}
for (const fmt of ['["ab", $c, [$d]]', '[$~, $p, "x"]', "'~w~n'", '<<"~w|~5w">>', '[[$a, [$b]], $~, $w]']) {
  add('io_lib', 'format', `[${fmt}, ${fmt.includes('|~5w') ? '[1, 2]' : fmt.includes('p') || fmt.includes('w') ? '[ok]' : '[]'}]`);
}
// chars_limit (io_lib:format/3)
for (const lim of [0, 3, 5, 8, 20]) {
  for (const [f, a] of [
    ['~s', '["abcdefghij"]'], ['~s', '[[<<"abcdef">>, "xyz"]]'], ['~10s|', '["abcdefghij"]'], ['~s~s', '["abcdef", "ghijkl"]'],
    ['~ts', '[[955, 956, 957, 958, 959, 960]]'], ['~ts', '[<<"\\x{e9}\\x{e8}\\x{ea}abc"/utf8>>]'], ['abc~sdef', '["xyz"]'],
    ['~s~n', '[[$a, [$b, $c], <<"de">> | <<"fgh">>]]'], ['~5.3s|', '["abcdefg"]'], ['~b ~s', '[12345, "abc"]'],
  ]) {
    add('io_lib', 'format', `[${erlString(f)}, ${a}, [{chars_limit, ${lim}}]]`);
  }
}
add('io_lib', 'format', '["~w~p", [x, y], [{chars_limit, 0}]]');
add('io_lib', 'format', '["~p", [[1,2]], [{chars_limit, -1}]]');
// ~w / ~p under a positive limit (io_lib_pretty:intermediate/7): known gaps of the reference VM.
add('io_lib', 'format', `["~p", [${LONG}], [{chars_limit, 20}]]`);
add('io_lib', 'format', `["~w|~p", [{a, ${LONG}}, ${LONG}], [{chars_limit, 30}]]`);
// io_lib helpers returning chars
for (const a of ['hello', "'needs quote'", "'\\x{3bb}x'", "'a\\nb'", "'if'"]) {
  add('io_lib', 'write_atom', `[${a}]`);
  add('io_lib', 'write_atom_as_latin1', `[${a}]`);
}
for (const s of ['"h\\"i\\n"', '[955, 233, 7]', '"it\'s"', '[]']) {
  add('io_lib', 'write_string', `[${s}]`);
  add('io_lib', 'write_string', `[${s}, $']`);
  add('io_lib', 'write_string_as_latin1', `[${s}]`);
  add('io_lib', 'write_unicode_string', `[${s}]`);
}
add('io_lib', 'write_latin1_string', '["caf\\x{e9}"]');
add('io_lib', 'write_latin1_string', '["x\\ty", $\']');
for (const c of ['$a', '$\\s', '$\\n', '955', '0', '$\\\\', '127', '160']) {
  add('io_lib', 'write_char', `[${c}]`);
  add('io_lib', 'write_char_as_latin1', `[${c}]`);
}
add('io_lib', 'write_latin1_char', '[233]');
add('io_lib', 'nl', '[]');
add('io_lib', 'chars_length', '[[$a, [955, $b], "cd"]]');
add('io_lib', 'indentation', '[[$a, $\\t, [$b, $\\n, $c]], 3]');
// io_lib_format
for (const f of ['0.1', '1.0e-300', '1.0e22', '123.0', '-0.0', '3.14159']) add('io_lib_format', 'fwrite_g', `[${f}]`);
add('io_lib_format', 'fwrite', '["~p~n~5w|", [{a, "b"}, 42]]');
add('io_lib_format', 'fwrite', '["~s", [["abcdefgh"]], [{chars_limit, 4}]]');
add('io_lib_format', 'indentation', '["ab\\tc", 0]');
add('io_lib_format', 'scan', '["a~5.3.xKp~-4.*tlw~n", [ordered, 1, 7, z]]');
add('io_lib_format', 'scan', "['~w', [1]]");
add('io_lib_format', 'unscan', '[[$a, #{control_char => $w, args => [1], width => 5, adjust => left, precision => none, pad_char => $., encoding => unicode, strings => false, maps_order => undefined}]]');
add('io_lib_format', 'unscan', '[[#{control_char => $p, args => [#{}], width => none, adjust => right, precision => 2, pad_char => 32, encoding => latin1, strings => true, maps_order => reversed}]]');
add('io_lib_format', 'build', '[[$x, #{control_char => $p, args => [[1,2]], width => none, adjust => right, precision => none, pad_char => 32, encoding => latin1, strings => true}, $y]]');
add('io_lib_format', 'build', '[[#{control_char => $s, args => ["abcdefgh"], width => none, adjust => right, precision => none, pad_char => 32, encoding => latin1, strings => true, maps_order => undefined}], [{chars_limit, 5}]]');
add('io_lib_format', 'build', '[[$a, $b]]');

function erlString(s) {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (c === 10) out += '\\n';
    else if (c === 9) out += '\\t';
    else if (c < 32 || c > 126) out += `\\x{${c.toString(16)}}`;
    else out += ch;
  }
  return out + '"';
}

const lines = cases.map(([m, f, a]) => `{${m}, ${f}, ${erlString(a)}}.`);
fs.writeFileSync(path.join(__dirname, 'cases.terms'), lines.join('\n') + '\n');
console.log(`${lines.length} cases`);
