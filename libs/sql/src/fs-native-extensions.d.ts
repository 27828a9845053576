// The package ships no types; this is the one function used (data-directory-lock.ts).
declare module 'fs-native-extensions' {
  /** An exclusive lock on the whole file; false when another open file holds it. Never waits. */
  export function tryLock(fd: number): boolean;
}
