// Locating a real Erlang/OTP installation and insisting it is release 26.
// Only the build and capture scripts (and the `otp` target) need one.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import execa from 'execa';

export const REQUIRED_OTP_RELEASE = '26';
export const OTP_ENV = 'BEAMCONF_OTP_HOME';

export interface OtpInstallation {
  home: string;
  erl: string;
  erlc: string;
  release: string;
  /** Full version, e.g. 26.2.5. */
  version: string;
  ertsVersion: string;
  compilerVersion: string;
}

export class OtpError extends Error {}

/** The OTP home from an explicit option, else the environment; null if neither is set. */
export function otpHomeFrom(option: string | undefined): string | null {
  const home = option ?? process.env[OTP_ENV];
  return home && home.length > 0 ? path.resolve(home) : null;
}

/** Find erl/erlc under `home` and verify the release; throws OtpError with a clear message. */
export async function locateOtp(home: string | null): Promise<OtpInstallation> {
  if (home === null) {
    throw new OtpError(`no Erlang/OTP ${REQUIRED_OTP_RELEASE} given: pass --otp DIR or set ${OTP_ENV} to an OTP installation (the directory holding bin/erl)`);
  }
  const erl = path.join(home, 'bin', 'erl');
  const erlc = path.join(home, 'bin', 'erlc');
  for (const exe of [erl, erlc]) {
    if (!existsSync(exe)) throw new OtpError(`${exe} not found: ${home} is not an Erlang/OTP installation`);
  }
  const probe =
    'io:format("~s ~s ~s", [erlang:system_info(otp_release), erlang:system_info(version), ' +
    'case application:load(compiler) of _ -> {ok, V} = application:get_key(compiler, vsn), V end]), halt().';
  let stdout: string;
  try {
    ({ stdout } = await execa(erl, ['-noshell', '-eval', probe], { timeout: 60_000 }));
  } catch (e) {
    throw new OtpError(`could not run ${erl}: ${(e as Error).message.split('\n')[0]}`);
  }
  const [release, ertsVersion, compilerVersion] = stdout.trim().split(' ');
  if (release !== REQUIRED_OTP_RELEASE) {
    throw new OtpError(`${erl} is Erlang/OTP ${release} (ERTS ${ertsVersion}); beamconf goldens and builds need exactly OTP ${REQUIRED_OTP_RELEASE}`);
  }
  const versionFile = [
    path.join(home, 'lib', 'erlang', 'releases', release, 'OTP_VERSION'),
    path.join(home, 'releases', release, 'OTP_VERSION'),
  ].find((f) => existsSync(f));
  const version = versionFile ? readFileSync(versionFile, 'utf8').trim() : release;
  return { home, erl, erlc, release, version, ertsVersion, compilerVersion };
}
