/**
 * localStorage behind a namespace and a version: every value is stored as `{v, data}` under
 * `stagecraft:v1:<key>`. Anything unreadable (corrupt JSON, another version, a failed validator, storage
 * disabled) reads as absent, so old or tampered data can never break a page.
 */
const namespace = 'stagecraft';
const storageVersion = 1;

/** The localStorage key a value stored under `key` lives at (end-to-end tests seed and read it). */
export function fullKey(key: string): string {
  return `${namespace}:v${storageVersion}:${key}`;
}

/** The stored form of a value, as writeStored saves it. */
export function encodeStored(data: unknown): string {
  return JSON.stringify({v: storageVersion, data});
}

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function readStored<T>(key: string, isValid: (value: unknown) => value is T): T | null {
  try {
    const raw = storage()?.getItem(fullKey(key));
    if (raw === null || raw === undefined) return null;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const {v, data} = parsed as {v?: unknown; data?: unknown};
    return v === storageVersion && isValid(data) ? data : null;
  } catch {
    return null;
  }
}

export function writeStored(key: string, data: unknown): boolean {
  try {
    storage()?.setItem(fullKey(key), encodeStored(data));
    return true;
  } catch {
    return false;
  }
}

export function removeStored(key: string): void {
  try {
    storage()?.removeItem(fullKey(key));
  } catch {
    // Storage disabled: nothing to remove.
  }
}

/** Keys under the namespace that start with `prefix` (for resetting progress). */
export function storedKeys(prefix: string): string[] {
  const store = storage();
  if (!store) return [];
  const start = fullKey(prefix);
  const keys: string[] = [];
  try {
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key?.startsWith(start)) keys.push(key.slice(fullKey('').length));
    }
  } catch {
    return [];
  }
  return keys;
}
