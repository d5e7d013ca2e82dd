// A stable order of non-negative integer keys in linear time (LSD radix), for sorting 50k dashboard rows by due day.

const BITS = 10;
const BUCKETS = 1 << BITS;

/**
 * The positions 0..n-1 ordered by keys[position] ascending, equal keys keeping their order.
 * Keys must be integers in [0, 2^30).
 */
export function stableOrder(keys: Int32Array, n: number): Int32Array {
  let order = new Int32Array(n);
  let spare = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const count = new Int32Array(BUCKETS);
  for (let shift = 0; shift < 30; shift += BITS) {
    count.fill(0);
    for (let i = 0; i < n; i++) count[(keys[i] >>> shift) & (BUCKETS - 1)]++;
    // A digit every key shares leaves the order as it is.
    if (count[(n > 0 ? keys[0] >>> shift : 0) & (BUCKETS - 1)] === n) continue;
    let sum = 0;
    for (let b = 0; b < BUCKETS; b++) {
      const c = count[b];
      count[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const at = order[i];
      spare[count[(keys[at] >>> shift) & (BUCKETS - 1)]++] = at;
    }
    const t = order;
    order = spare;
    spare = t;
  }
  return order;
}
