/** Sets an own, enumerable property, even for keys such as `__proto__` (never touches the prototype). */
export function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    // the same for every other key on the plain objects this is used for (Object.prototype has
    // no read-only or accessor property but __proto__), and much cheaper
    obj[key] = value;
  }
}
