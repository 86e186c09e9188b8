/**
 * A function of an object (an IR subtree) computed once per object: the same object gives the same
 * result, kept while the object lives. For values nobody changes after they are made (the IR and the
 * renderers' copies of it), so identity stands for content.
 */
export function identityMemo<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const memo = new WeakMap<K, V>();
  return (key) => {
    if (memo.has(key)) return memo.get(key)!;
    const value = compute(key);
    memo.set(key, value);
    return value;
  };
}
