// The native function registry, keyed by {Module, Function, Arity}.
// Built-in modules register themselves from their own files (bifs/<module>.ts);
// host code adds its own natives (an application's FFI) through `register`.

import type { HigherOrderNative, NativeEntry, PlainNative } from './types';
import { asyncNative, hostWait, HOST_WAIT, type AsyncNative } from '../runtime/host-calls';

export class NativeRegistry {
  private readonly entries = new Map<string, NativeEntry>();

  static key(module: string, fn: string, arity: number): string {
    return `${module}:${fn}/${arity}`;
  }

  register(entry: NativeEntry): void {
    this.entries.set(NativeRegistry.key(entry.module, entry.function, entry.arity), entry);
  }

  plain(module: string, fn: string, arity: number, impl: PlainNative, bif = false): void {
    this.register({ module, function: fn, arity, kind: 'plain', impl, bif });
  }

  higherOrder(module: string, fn: string, arity: number, impl: HigherOrderNative, bif = false): void {
    this.register({ module, function: fn, arity, kind: 'higher-order', impl, bif });
  }

  /**
   * An asynchronous host native: `impl` starts the work and gets a HostCall handle; the
   * calling process waits until the host settles it with VM.resume / VM.resumeWithError.
   */
  async(module: string, fn: string, arity: number, impl: AsyncNative, bif = false): void {
    if (this.lookup(HOST_WAIT.module, HOST_WAIT.function, HOST_WAIT.arity) === undefined) {
      this.plain(HOST_WAIT.module, HOST_WAIT.function, HOST_WAIT.arity, hostWait);
    }
    this.higherOrder(module, fn, arity, asyncNative(module, fn, impl), bif);
  }

  lookup(module: string, fn: string, arity: number): NativeEntry | undefined {
    return this.entries.get(NativeRegistry.key(module, fn, arity));
  }

  /** Whether any native exists for the module (a module made only of natives counts as loaded). */
  hasModule(module: string): boolean {
    for (const e of this.entries.values()) if (e.module === module) return true;
    return false;
  }

  all(): NativeEntry[] {
    return [...this.entries.values()];
  }
}
