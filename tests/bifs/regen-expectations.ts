// Fills in / refreshes the expected outcomes of the BIF case tables from a real OTP 26.
// Not a test: run by hand when cases change (needs an OTP 26 `erl`):
//
//   BEAMCONF_ERL=/opt/otp26/bin/erl npx ts-node --transpile-only tests/bifs/regen-expectations.ts [--check] [files...]
//
// Case lines in tests/bifs/cases/*.ts look like  [`lists:sort([2,1])`, `{{ok,[1,2]},[]}`],
// The call text is evaluated by erl_eval with every `fun f:NAME/N` replaced by the
// logging Erlang fun of that name (support.ts), and the expectation is rewritten with
// what OTP printed (~tw). With --check nothing is written; differences are listed.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FUNS, loggingErlangFun } from './support';

const CASE_LINE = /^(\s*\[`)(.*?)(`,\s*`)(.*?)(`\],?.*)$/;

function erlPath(): string {
  const fromEnv = process.env.BEAMCONF_ERL;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  for (const p of ['/opt/otp26/bin/erl', '/opt/otp26-src/bootstrap/bin/erl']) if (existsSync(p)) return p;
  throw new Error('no OTP 26 erl found; set BEAMCONF_ERL');
}

function erlangExpression(call: string): string {
  const withFuns = call.replace(/fun f:([a-z_0-9]+)\/(\d+)/g, (_m, name: string, arity: string) => {
    if (FUNS[name]?.arity !== Number(arity)) throw new Error(`no test fun f:${name}/${arity}`);
    return `(${loggingErlangFun(name)})`;
  });
  return `put('$log', []), R = (try {ok, ${withFuns}} catch C:E -> {C, E} end), {R, lists:reverse(get('$log'))}.`;
}

const PROGRAM = (input: string, output: string): string => `
{ok, Bin} = file:read_file("${input}"),
Lines = [L || L <- string:split(unicode:characters_to_list(Bin), "\\n", all), L =/= []],
Hide = fun Hide(T) when is_function(T) -> 'FUN';
           Hide(T) when is_tuple(T) -> list_to_tuple(Hide(tuple_to_list(T)));
           Hide([H | T]) -> [Hide(H) | Hide(T)];
           Hide(M) when is_map(M) -> maps:from_list(Hide(maps:to_list(M)));
           Hide(X) -> X end,
Eval = fun(L) ->
         try
           {ok, Toks, _} = erl_scan:string(L),
           {ok, Es} = erl_parse:parse_exprs(Toks),
           {value, V, _} = erl_eval:exprs(Es, []),
           io_lib:format("~tw~n", [Hide(V)])
         catch C:E -> io_lib:format("ORACLE-FAILURE ~tw~n", [{C, E}])
         end
       end,
Out = [Eval(L) || L <- Lines],
ok = file:write_file("${output}", unicode:characters_to_binary(Out)).
`;

function evaluate(calls: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'bifs-oracle-'));
  const input = join(dir, 'in.txt');
  const output = join(dir, 'out.txt');
  writeFileSync(input, calls.map(erlangExpression).join('\n') + '\n');
  execFileSync(erlPath(), ['-noshell', '-eval', PROGRAM(input, output), '-eval', 'halt().'], { stdio: 'inherit' });
  const lines = readFileSync(output, 'utf8').split('\n');
  return lines.slice(0, calls.length);
}

function main(): void {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  let files = args.filter((a) => a !== '--check');
  if (files.length === 0) {
    const dir = join(__dirname, 'cases');
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join(dir, f));
  }
  let differences = 0;
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n');
    const at: number[] = [];
    const calls: string[] = [];
    lines.forEach((line, k) => {
      const m = CASE_LINE.exec(line);
      if (m !== null) {
        at.push(k);
        calls.push(m[2]);
      }
    });
    if (calls.length === 0) continue;
    const results = evaluate(calls);
    at.forEach((k, n) => {
      const m = CASE_LINE.exec(lines[k]) as RegExpExecArray;
      const expected = results[n];
      if (expected.startsWith('ORACLE-FAILURE') || expected.includes('\\') || expected.includes('`') || expected.includes('${')) {
        console.error(`${file}:${k + 1}: cannot record ${calls[n]} -> ${expected}`);
        differences++;
        return;
      }
      if (expected !== m[4]) {
        differences++;
        if (check) console.log(`${file}:${k + 1}: ${calls[n]}\n  recorded ${m[4]}\n  OTP      ${expected}`);
        lines[k] = `${m[1]}${m[2]}${m[3]}${expected}${m[5]}`;
      }
    });
    if (!check) writeFileSync(file, lines.join('\n'));
    console.log(`${file}: ${calls.length} cases`);
  }
  if (check && differences > 0) process.exitCode = 1;
}

main();
