import { sigmoid, type FitOptions, type LogisticModel } from "./logistic.js";

/**
 * The same L2-regularised logistic regression on standardised features as `fitLogistic`, for many binary
 * features of which each row has few (a model over the words of a question): each row is the list of
 * features it has. Newton steps are solved by conjugate gradients with the standardisation kept implicit,
 * so the cost follows the features rows have, not rows × features².
 */
export function fitSparseLogistic(names: readonly string[], rows: number[][], labels: number[], options: FitOptions): LogisticModel {
  const d = names.length;
  const n = rows.length;
  const counts = new Float64Array(d);
  for (const row of rows) for (const j of row) counts[j]++;
  const means = Array.from(counts, (c) => c / Math.max(1, n));
  const scales = means.map((m) => Math.sqrt(m * (1 - m)) || 1);
  // Z·v for Z = [1, (X − mean) / scale]: one pass over the rows' features.
  const times = (v: Float64Array): Float64Array => {
    const u = new Float64Array(d);
    let offset = v[0];
    for (let j = 0; j < d; j++) {
      u[j] = v[j + 1] / scales[j];
      offset -= means[j] * u[j];
    }
    return Float64Array.from(rows, (row) => row.reduce((s, j) => s + u[j], offset));
  };
  // Zᵀ·r.
  const timesTransposed = (r: Float64Array): Float64Array => {
    const out = new Float64Array(d + 1);
    let total = 0;
    rows.forEach((row, i) => {
      total += r[i];
      for (const j of row) out[j + 1] += r[i];
    });
    out[0] = total;
    for (let j = 0; j < d; j++) out[j + 1] = (out[j + 1] - means[j] * total) / scales[j];
    return out;
  };
  let beta = new Float64Array(d + 1);
  for (let it = 0; it < (options.iterations ?? 25); it++) {
    const p = Array.from(times(beta), sigmoid);
    const w = Float64Array.from(p, (q) => Math.max(q * (1 - q), 1e-9));
    const gradient = timesTransposed(Float64Array.from(p, (q, i) => labels[i] - q));
    for (let a = 1; a <= d; a++) gradient[a] -= options.l2 * beta[a];
    const hessianTimes = (v: Float64Array) => {
      const zv = times(v);
      const out = timesTransposed(zv.map((x, i) => x * w[i]));
      for (let a = 1; a <= d; a++) out[a] += options.l2 * v[a];
      return out;
    };
    const step = conjugateGradient(hessianTimes, gradient);
    beta = beta.map((b, a) => b + step[a]);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return { names: [...names], means, scales, intercept: beta[0], weights: Array.from(beta.subarray(1)) };
}

/** Solves A·x = b for a symmetric positive definite A given as a product. */
function conjugateGradient(times: (v: Float64Array) => Float64Array, b: Float64Array): Float64Array {
  const x = new Float64Array(b.length);
  const r = Float64Array.from(b);
  const p = Float64Array.from(b);
  let rr = dot(r, r);
  const tolerance = 1e-20 * Math.max(1, rr);
  for (let it = 0; it < 4 * b.length && rr > tolerance; it++) {
    const ap = times(p);
    const alpha = rr / dot(p, ap);
    for (let i = 0; i < x.length; i++) {
      x[i] += alpha * p[i];
      r[i] -= alpha * ap[i];
    }
    const next = dot(r, r);
    for (let i = 0; i < p.length; i++) p[i] = r[i] + (next / rr) * p[i];
    rr = next;
  }
  return x;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}
