// rand with explicit seeds: values and states recorded from OTP 26.2.5.

import { parseTerm } from '../../harness/term-text';
import { Atom } from '../../reference-vm/terms/atom';
import { Float, Tuple, type Term } from '../../reference-vm/terms/types';
import { ErlangException } from '../../reference-vm/bifs/exception';
import { sameTerm } from '../bifs/support';
import { callNative, newContext, show, type TestContext } from './support';

const t: TestContext = newContext();
const rand = (fn: string, ...args: Term[]): Term => callNative(t, 'rand', fn, args);
const seed = (alg: string, s: string): Term => rand('seed_s', Atom.of(alg), parseTerm(s));
const exported = (state: Term): Term => rand('export_seed_s', state);

function expectTerm(actual: Term, expectedText: string): void {
  const expected = parseTerm(expectedText);
  if (!sameTerm(actual, expected)) throw new Error(`expected ${expectedText}, got ${JSON.stringify(show(actual))}`);
}

/** {Value, State} -> [Value, exported State] */
function step(r: Term): [Term, Term] {
  const [v, s] = (r as Tuple).elements;
  return [v, exported(s)];
}

describe('rand (OTP 26.2.5 values)', () => {
  test('seeding exsss from an integer', () => expectTerm(exported(seed('exsss', '1')), '{exsss,[74922837739199681|210417531935976551]}'));

  test('uniform_s/1 with exsss', () => {
    const [v, s] = step(rand('uniform_s', seed('exsss', '1')));
    expectTerm(v, '0.9869973221664313');
    expectTerm(s, '{exsss,[210417531935976551|245607210288465195]}');
  });

  test('seeding exro928ss from a triple', () =>
    expectTerm(
      exported(seed('exro928ss', '{1, 2, 3}')),
      '{exro928ss,{[74922837739199681,117085240290607817,199386643319833935,39328055374414316,232367945515824283,273487078228927210,36761888331477729,109233434166471484,208705518716947139,268043944876355750,107783876053646601,203549151766241014,153580058521099131,152969922840537391,94029229398445337,52705740952797355],[]}}',
    ));

  test('uniform_s/2 with exrop seeded from a list', () => {
    const [v, s] = step(rand('uniform_s', 1000, seed('exrop', '[5, 6]')));
    expectTerm(v, '12');
    expectTerm(s, '{exrop,[83886095|103079215104]}');
  });

  test('uniform_real_s/1 with exs1024s', () => {
    const [v, s] = step(rand('uniform_real_s', seed('exs1024s', '3')));
    expectTerm(v, '0.18480662516635177');
    expectTerm(
      s,
      '{exs1024s,{[10636516595820856770,11307387092600937729,1344154044715485647,3992596847233833366,11736230232210755335,2493001065868230072,16393961507643560470,9058503432725982842,16390474474253937522,12883872826046839500,13131983656473872511,8857471719570398452,6198117012983816131,13233401231234309212,14736924128774886378],[2092789425003139053]}}',
    );
  });

  test('normal_s/1 with exsp', () => {
    const [v, s] = step(rand('normal_s', seed('exsp', '8')));
    expectTerm(v, '-0.7520346393052826');
    expectTerm(s, '{exsp,[47465248155596801|148956174802430145]}');
  });

  test('bytes_s/2 with exsss', () => {
    const [v, s] = step(rand('bytes_s', 10, seed('exsss', '4')));
    expectTerm(v, '<<220,21,233,58,223,14,162,232,206,245>>');
    expectTerm(s, '{exsss,[64462891359536872|205509279664944972]}');
  });

  test('jump/1 with exs1024 and exro928ss', () => {
    expectTerm(
      exported(rand('jump', seed('exs1024', '2'))),
      '{exs1024,{[5920710128181618047,2098869688149798159,5432244283499116655,12813312136127470146,9914595770393270510,10729015272475060918,1253878494276755358,9107832787229125662,1576653055984899398,13167246394731893455,10665152568341639295,2020749627765228192,7398746244931209553,10980878081012180150,16374407013629791597,619857799313354999],[]}}',
    );
    expectTerm(
      exported(rand('jump', seed('exro928ss', '2'))),
      '{exro928ss,{[231923577100281947,200100814354996874,231064063956739441,210737825268541195,214927667033785800,264112142267399621,178803347195080404,271051709492060685,81667279548032893,33652782269341162,266801337637418932,68630706428455436,232590351094960246,110066817937744504,142669515636894635,191307002785171237],[]}}',
    );
  });

  test('uniform_s/2 over a 200-bit range', () => {
    const [v, s] = step(rand('uniform_s', 1n << 200n, seed('exsss', '11')));
    expectTerm(v, '492230153374338957241332198280824945826291935361748668057955');
    expectTerm(s, '{exsss,[152408369754013025|134999319029322944]}');
  });

  test('seed errors and helpers', () => {
    expect(() => seed('exsss', '[0]')).toThrow(ErlangException);
    try {
      seed('exsss', '[0]');
    } catch (e) {
      expect((e as ErlangException).reason).toBe(Atom.of('zero_seed'));
    }
    expectTerm(rand('splitmix64_next', 12345), '{2454886589211414944,11400714819323210830}');
  });

  test('the process seed: seed/2, uniform/0, export_seed/0', () => {
    rand('seed', Atom.of('exsss'), 1);
    const x = rand('uniform');
    expect(x).toBeInstanceOf(Float);
    expect((x as Float).value).toBe(0.9869973221664313);
    expectTerm(rand('export_seed'), '{exsss,[210417531935976551|245607210288465195]}');
  });
});
