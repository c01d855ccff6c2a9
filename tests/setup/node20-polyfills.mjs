// Vitest 5's reporter uses Map.groupBy / Object.groupBy (Node 21+); these machines run Node 20.
if (!Map.groupBy) {
  Map.groupBy = (items, keyOf) => {
    const map = new Map();
    let index = 0;
    for (const item of items) {
      const key = keyOf(item, index++);
      if (!map.has(key)) map.set(key, []);
      map.get(key).push(item);
    }
    return map;
  };
}
if (!Object.groupBy) {
  Object.groupBy = (items, keyOf) => {
    const result = Object.create(null);
    let index = 0;
    for (const item of items) {
      const key = keyOf(item, index++);
      (result[key] ??= []).push(item);
    }
    return result;
  };
}
