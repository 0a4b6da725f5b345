/**
 * The linear algebra behind the local embedding: a truncated SVD of a sparse matrix by the randomized
 * range finder (Halko, Martinsson & Tropp 2011). Tall matrices are kept as arrays of columns so that
 * every inner loop runs over contiguous memory.
 */

/** A sparse matrix in compressed sparse row form. */
export interface Csr {
  rows: number;
  cols: number;
  indptr: Int32Array;
  indices: Int32Array;
  values: Float64Array;
}

/** A dense matrix stored column by column: columns[c][r]. */
export type Columns = Float64Array[];

export interface TruncatedSvd {
  /** Singular values, descending. */
  values: Float64Array;
  /** Left singular vectors, one column per value (length = rows); empty unless asked for. */
  u: Columns;
  /** Right singular vectors, one column per value (length = cols). */
  v: Columns;
}

export interface SvdOptions {
  oversampling?: number;
  powerIterations?: number;
  seed?: number;
  /** Also compute U (the fit only needs V). */
  withU?: boolean;
}

/**
 * Components whose singular value is this small relative to the largest are dropped: B·Bᵀ squares the
 * condition number, so singular values below ~1e-8·σ₁ are not resolved.
 */
const RELATIVE_RANK_TOLERANCE = 1e-6;

export function randomizedSvd(a: Csr, k: number, options: SvdOptions = {}): TruncatedSvd {
  const { oversampling = 10, powerIterations = 2, seed = 1, withU = false } = options;
  const width = Math.min(k + oversampling, a.rows, a.cols);
  const random = gaussian(mulberry32(seed));
  const omega: Columns = Array.from({ length: width }, () => Float64Array.from({ length: a.cols }, random));
  let q = orthonormalize(multiply(a, omega));
  for (let i = 0; i < powerIterations; i++) {
    q = orthonormalize(multiply(a, orthonormalize(multiplyTransposed(a, q))));
  }
  // B = Qᵀ A is width × cols; its rows are the columns of C = Aᵀ Q.
  const c = multiplyTransposed(a, q);
  const gram = new Float64Array(width * width);
  for (let i = 0; i < width; i++) {
    for (let j = i; j < width; j++) gram[i * width + j] = gram[j * width + i] = dot(c[i], c[j]);
  }
  const { values: lambdas, vectors: w } = symmetricEigen(gram, width);
  const sigmas = Array.from(lambdas, (l) => Math.sqrt(Math.max(l, 0)));
  const rank = sigmas.slice(0, k).filter((s) => s > 0 && s > sigmas[0] * RELATIVE_RANK_TOLERANCE).length;
  const u: Columns = [];
  const v: Columns = [];
  for (let i = 0; i < rank; i++) {
    const weights = Array.from({ length: width }, (_, r) => w[r * width + i]);
    if (withU) u.push(combine(q, weights, a.rows, 1));
    v.push(combine(c, weights, a.cols, 1 / sigmas[i]));
  }
  return { values: Float64Array.from(sigmas.slice(0, rank)), u, v };
}

/** A · X for X given as columns of length a.cols. */
export function multiply(a: Csr, x: Columns): Columns {
  return x.map((column) => {
    const out = new Float64Array(a.rows);
    for (let r = 0; r < a.rows; r++) {
      let sum = 0;
      for (let p = a.indptr[r]; p < a.indptr[r + 1]; p++) sum += a.values[p] * column[a.indices[p]];
      out[r] = sum;
    }
    return out;
  });
}

/** Aᵀ · Y for Y given as columns of length a.rows. */
export function multiplyTransposed(a: Csr, y: Columns): Columns {
  return y.map((column) => {
    const out = new Float64Array(a.cols);
    for (let r = 0; r < a.rows; r++) {
      const yr = column[r];
      if (yr === 0) continue;
      for (let p = a.indptr[r]; p < a.indptr[r + 1]; p++) out[a.indices[p]] += a.values[p] * yr;
    }
    return out;
  });
}

/**
 * Modified Gram–Schmidt with one re-orthogonalisation when a column loses most of its norm ("twice is
 * enough"). A column that is dependent on the earlier ones becomes zero, which later shows up as a zero
 * singular value and is dropped. Loops are written out: this is the hot path of the fit.
 */
export function orthonormalize(columns: Columns): Columns {
  const q = columns.map((c) => Float64Array.from(c));
  for (let i = 0; i < q.length; i++) {
    const qi = q[i];
    const before = norm(qi);
    let after = before;
    for (let pass = 0; pass < 2; pass++) {
      for (let j = 0; j < i; j++) {
        const qj = q[j];
        let d = 0;
        for (let r = 0; r < qi.length; r++) d += qi[r] * qj[r];
        if (d === 0) continue;
        for (let r = 0; r < qi.length; r++) qi[r] -= d * qj[r];
      }
      after = norm(qi);
      if (after > 0.7 * before) break;
    }
    const inverse = after > before * 1e-12 && after > 0 ? 1 / after : 0;
    for (let r = 0; r < qi.length; r++) qi[r] *= inverse;
  }
  return q;
}

/**
 * Eigen-decomposition of a symmetric n × n matrix (row-major) by cyclic Jacobi rotations. Returns the
 * eigenvalues descending and the eigenvectors as the columns of a row-major n × n matrix.
 */
export function symmetricEigen(matrix: Float64Array, n: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(matrix);
  // Eigenvectors are kept as rows (vt) so that each rotation touches contiguous memory.
  const vt = new Float64Array(n * n);
  for (let i = 0; i < n; i++) vt[i * n + i] = 1;
  let total = 0;
  for (let i = 0; i < a.length; i++) total += a[i] * a[i];
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q] ** 2;
    if (off <= total * 1e-28 || off === 0) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) rotate(a, vt, n, p, q);
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => a[j * n + j] - a[i * n + i]);
  const values = Float64Array.from(order, (i) => a[i * n + i]);
  const vectors = new Float64Array(n * n);
  order.forEach((from, to) => {
    for (let r = 0; r < n; r++) vectors[r * n + to] = vt[from * n + r];
  });
  return { values, vectors };
}

/**
 * One Jacobi rotation A ← JᵀAJ, Vᵀ ← JᵀVᵀ that zeroes a[p][q]. A stays symmetric, so rows p and q are
 * computed and mirrored into columns p and q.
 */
function rotate(a: Float64Array, vt: Float64Array, n: number, p: number, q: number): void {
  const apq = a[p * n + q];
  const app = a[p * n + p];
  const aqq = a[q * n + q];
  // Too small to change either diagonal entry in double precision: already converged here.
  if (Math.abs(apq) <= 1e-18 * Math.max(Math.abs(app), Math.abs(aqq))) {
    a[p * n + q] = a[q * n + p] = 0;
    return;
  }
  const theta = (aqq - app) / (2 * apq);
  const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
  const c = 1 / Math.sqrt(t * t + 1);
  const s = t * c;
  const rowP = p * n;
  const rowQ = q * n;
  for (let k = 0; k < n; k++) {
    const apk = a[rowP + k];
    const aqk = a[rowQ + k];
    a[rowP + k] = c * apk - s * aqk;
    a[rowQ + k] = s * apk + c * aqk;
  }
  a[rowP + p] = app - t * apq;
  a[rowQ + q] = aqq + t * apq;
  a[rowP + q] = 0;
  a[rowQ + p] = 0;
  for (let k = 0; k < n; k++) {
    a[k * n + p] = a[rowP + k];
    a[k * n + q] = a[rowQ + k];
  }
  for (let k = 0; k < n; k++) {
    const vp = vt[rowP + k];
    const vq = vt[rowQ + k];
    vt[rowP + k] = c * vp - s * vq;
    vt[rowQ + k] = s * vp + c * vq;
  }
}

function combine(columns: Columns, weights: number[], length: number, factor: number): Float64Array {
  const out = new Float64Array(length);
  columns.forEach((column, i) => axpy(out, column, weights[i] * factor));
  return out;
}

export function dot(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < x.length; i++) sum += x[i] * y[i];
  return sum;
}

function norm(x: Float64Array): number {
  return Math.sqrt(dot(x, x));
}

function axpy(y: Float64Array, x: Float64Array, alpha: number): void {
  for (let i = 0; i < y.length; i++) y[i] += alpha * x[i];
}

/** A small seeded PRNG: the same seed gives the same stream on every machine. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal samples by Box–Muller. */
export function gaussian(uniform: () => number): () => number {
  return () => {
    const u = 1 - uniform();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniform());
  };
}
