// The identity of the node this VM runs as. Pids, ports and references whose node
// name and creation match it are "local" (internal in erts terms); the others are
// external. A non-distributed OTP node is nonode@nohost with creation 0.

import { Atom } from './atom';

let thisNodeName: Atom = Atom.of('nonode@nohost');
let thisNodeCreation = 0;

export function thisNode(): { name: Atom; creation: number } {
  return { name: thisNodeName, creation: thisNodeCreation };
}

/** Change the local node identity (what net_kernel would do when going distributed). */
export function setThisNode(name: Atom, creation: number): void {
  thisNodeName = name;
  thisNodeCreation = creation;
}

export function isLocalNode(name: Atom, creation: number): boolean {
  return name === thisNodeName && creation === thisNodeCreation;
}
