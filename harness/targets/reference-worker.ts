// Worker thread body of the reference target: runs the cases it is sent, one at a
// time, posting each result as soon as it is known.

import { parentPort } from 'node:worker_threads';
import { runReferenceCase, type ReferenceCaseRequest } from './reference-case';

export type WorkerMessage =
  | { type: 'result'; key: string; result: ReturnType<typeof runReferenceCase> }
  | { type: 'crash'; key: string; message: string };

parentPort?.on('message', (req: ReferenceCaseRequest) => {
  let msg: WorkerMessage;
  try {
    msg = { type: 'result', key: req.key, result: runReferenceCase(req) };
  } catch (e) {
    // A JS exception escaping the VM is a VM bug; it is recorded, not fatal.
    const err = e as Error;
    msg = { type: 'crash', key: req.key, message: `reference VM internal error: ${err.stack ?? err.message}` };
  }
  parentPort!.postMessage(msg);
});
