import { isMacro } from '../../../values/macro.js';
import { parseAddressEntry, type AddressEntry } from '../../net/address-entry.js';
import type { MObject } from '../../model.js';

/** One element of `spec.addresses`. `parsed` is set only for strings that are not Palette macros. */
export interface PoolEntry {
  index: number;
  raw: unknown;
  macro: boolean;
  parsed?: AddressEntry;
}

/**
 * A pool's addresses as the rules see them. `state`: the field is missing, an empty list, a list,
 * a Palette macro standing for the whole list, or some other type (the schema layer reports it).
 */
export interface PoolAddresses {
  state: 'missing' | 'empty' | 'list' | 'macro' | 'bad-type';
  entries: PoolEntry[];
  /** true/false when written as a boolean (or absent: false); 'unknown' for a macro or other type */
  avoidBuggyIPs: boolean | 'unknown';
  /** every entry is a string that parsed: rules that need the whole pool (capacity) may trust it */
  complete: boolean;
}

/**
 * The memo lives on the object under a private symbol: a dozen rules ask for every pool's addresses,
 * and with 10 000 pools a property read is measurably cheaper than a WeakMap lookup.
 */
const ADDRESSES = Symbol('pool addresses');
type WithAddresses = MObject & { [ADDRESSES]?: PoolAddresses };

function read(obj: MObject): PoolAddresses {
  const a = obj.spec['addresses'];
  const b = obj.spec['avoidBuggyIPs'];
  const avoidBuggyIPs = b === undefined || b === null ? false : typeof b === 'boolean' ? b : 'unknown';
  if (a === undefined || a === null) return { state: 'missing', entries: [], avoidBuggyIPs, complete: false };
  if (isMacro(a)) return { state: 'macro', entries: [], avoidBuggyIPs, complete: false };
  if (!Array.isArray(a)) return { state: 'bad-type', entries: [], avoidBuggyIPs, complete: false };
  if (a.length === 0) return { state: 'empty', entries: [], avoidBuggyIPs, complete: false };
  let complete = true;
  const entries = a.map((raw: unknown, index): PoolEntry => {
    if (isMacro(raw)) {
      complete = false;
      return { index, raw, macro: true };
    }
    if (typeof raw !== 'string') {
      complete = false;
      return { index, raw, macro: false };
    }
    const parsed = parseAddressEntry(raw);
    if (!parsed.ok) complete = false;
    return { index, raw, macro: false, parsed };
  });
  return { state: 'list', entries, avoidBuggyIPs, complete };
}

/** The parsed addresses of an IPAddressPool, computed once per object and shared by the rules. */
export function poolAddresses(obj: MObject): PoolAddresses {
  const o = obj as WithAddresses;
  let p = o[ADDRESSES];
  if (!p) {
    p = read(obj);
    // not enumerable: a copy of the object (`{ ...pool }`, perhaps with another spec) does not take it along
    Object.defineProperty(o, ADDRESSES, { value: p, enumerable: false });
  }
  return p;
}
