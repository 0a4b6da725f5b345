import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  dot,
  gaussian,
  mulberry32,
  multiply,
  multiplyTransposed,
  orthonormalize,
  randomizedSvd,
  symmetricEigen,
  type Csr,
} from "../../src/index/svd.js";

/** CSR from a dense row-major array. */
function csr(rows: number, cols: number, dense: number[]): Csr {
  const indptr = new Int32Array(rows + 1);
  const indices: number[] = [];
  const values: number[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (dense[r * cols + c] !== 0) {
        indices.push(c);
        values.push(dense[r * cols + c]);
      }
    }
    indptr[r + 1] = indices.length;
  }
  return { rows, cols, indptr, indices: Int32Array.from(indices), values: Float64Array.from(values) };
}

function randomSparse(rows: number, cols: number, seed: number): { a: Csr; dense: number[] } {
  const uniform = mulberry32(seed);
  const normal = gaussian(mulberry32(seed + 1));
  const dense = Array.from({ length: rows * cols }, () => (uniform() < 0.5 ? 0 : normal()));
  return { a: csr(rows, cols, dense), dense };
}

/** Orthonormal DCT-II basis vector i of length n: known exactly, independent of the code under test. */
function dct(n: number, i: number): Float64Array {
  const scale = Math.sqrt((i === 0 ? 1 : 2) / n);
  return Float64Array.from({ length: n }, (_, j) => scale * Math.cos((Math.PI * (j + 0.5) * i) / n));
}

function expectOrthonormal(columns: Float64Array[], tolerance = 1e-9) {
  for (let i = 0; i < columns.length; i++) {
    for (let j = 0; j < columns.length; j++) expect(Math.abs(dot(columns[i], columns[j]) - (i === j ? 1 : 0))).toBeLessThan(tolerance);
  }
}

describe("sparse products", () => {
  it("A·X and Aᵀ·Y agree with the dense definitions", () => {
    const { a, dense } = randomSparse(7, 5, 3);
    const x = [Float64Array.from([1, -2, 0.5, 3, 0])];
    const y = [Float64Array.from([1, 0, -1, 2, 0.25, 0, 4])];
    const ax = Array.from({ length: 7 }, (_, r) => [0, 1, 2, 3, 4].reduce((s, c) => s + dense[r * 5 + c] * x[0][c], 0));
    const aty = Array.from({ length: 5 }, (_, c) => [0, 1, 2, 3, 4, 5, 6].reduce((s, r) => s + dense[r * 5 + c] * y[0][r], 0));
    multiply(a, x)[0].forEach((v, i) => expect(v).toBeCloseTo(ax[i], 12));
    multiplyTransposed(a, y)[0].forEach((v, i) => expect(v).toBeCloseTo(aty[i], 12));
  });
});

describe("orthonormalize", () => {
  it("gives orthonormal columns spanning the input, and zeroes a dependent column", () => {
    const normal = gaussian(mulberry32(9));
    const columns = Array.from({ length: 4 }, () => Float64Array.from({ length: 10 }, normal));
    columns.push(Float64Array.from(columns[0], (v, i) => 2 * v - columns[1][i]));
    const q = orthonormalize(columns);
    expectOrthonormal(q.slice(0, 4));
    expect(Math.max(...q[4].map(Math.abs))).toBe(0);
  });
});

describe("symmetricEigen (Jacobi)", () => {
  it("satisfies S·v = λ·v with orthonormal vectors and descending values", () => {
    const n = 12;
    const normal = gaussian(mulberry32(5));
    const m = Float64Array.from({ length: n * n }, normal);
    const s = Float64Array.from({ length: n * n }, (_, k) => m[k] + m[(k % n) * n + Math.floor(k / n)]);
    const { values, vectors } = symmetricEigen(s, n);
    const column = (i: number) => Float64Array.from({ length: n }, (_, r) => vectors[r * n + i]);
    for (let i = 0; i < n; i++) {
      const v = column(i);
      for (let r = 0; r < n; r++) {
        const sv = Array.from({ length: n }, (_, c) => s[r * n + c] * v[c]).reduce((x, y) => x + y, 0);
        expect(sv).toBeCloseTo(values[i] * v[r], 9);
      }
      if (i > 0) expect(values[i]).toBeLessThanOrEqual(values[i - 1]);
    }
    expectOrthonormal(Array.from({ length: n }, (_, i) => column(i)));
  });
});

describe("randomizedSvd", () => {
  it("recovers a known low-rank matrix exactly", () => {
    const [rows, cols] = [40, 25];
    const sigma = [5, 3, 1];
    const dense = Array.from({ length: rows * cols }, (_, k) =>
      sigma.reduce((s, value, i) => s + value * dct(rows, i + 1)[Math.floor(k / cols)] * dct(cols, i + 2)[k % cols], 0),
    );
    const svd = randomizedSvd(csr(rows, cols, dense), 3, { seed: 7, withU: true });
    expect(Array.from(svd.values)).toEqual(sigma.map((s) => expect.closeTo(s, 10)));
    sigma.forEach((_, i) => {
      expect(Math.abs(dot(svd.u[i], dct(rows, i + 1)))).toBeCloseTo(1, 10);
      expect(Math.abs(dot(svd.v[i], dct(cols, i + 2)))).toBeCloseTo(1, 10);
    });
  });

  it("reconstructs a full-rank random sparse matrix (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 14 }),
        fc.integer({ min: 2, max: 14 }),
        fc.integer({ min: 1, max: 1e6 }),
        (rows, cols, seed) => {
          const { a, dense } = randomSparse(rows, cols, seed);
          const k = Math.min(rows, cols);
          const svd = randomizedSvd(a, k, { seed, withU: true });
          for (let i = 1; i < svd.values.length; i++) expect(svd.values[i]).toBeLessThanOrEqual(svd.values[i - 1]);
          expectOrthonormal(svd.u, 1e-7);
          expectOrthonormal(svd.v, 1e-7);
          const frobenius = dense.reduce((s, x) => s + x * x, 0);
          for (let r = 0; r < rows; r++) {
            for (let c = 0; c < cols; c++) {
              const approx = svd.values.reduce((s, sv, i) => s + sv * svd.u[i][r] * svd.v[i][c], 0);
              expect(Math.abs(approx - dense[r * cols + c])).toBeLessThan(1e-6 * Math.sqrt(frobenius) + 1e-9);
            }
          }
        },
      ),
      { numRuns: 40, seed: 42 },
    );
  });

  it("approximates the leading singular values of a flat-spectrum matrix from below (vs Jacobi on AᵀA)", () => {
    const { a, dense } = randomSparse(60, 30, 11);
    const gram = new Float64Array(30 * 30);
    for (let i = 0; i < 30; i++) {
      for (let j = 0; j < 30; j++) for (let r = 0; r < 60; r++) gram[i * 30 + j] += dense[r * 30 + i] * dense[r * 30 + j];
    }
    const brute = Array.from(symmetricEigen(gram, 30).values.slice(0, 5), Math.sqrt);
    const svd = randomizedSvd(a, 5, { seed: 3 });
    // A random matrix is the hard case for a range finder: estimates are lower bounds, within a few percent.
    svd.values.forEach((s, i) => {
      expect(s).toBeLessThanOrEqual(brute[i] + 1e-9);
      expect(s).toBeGreaterThan(0.97 * brute[i]);
    });
  });

  it("is deterministic for a seed", () => {
    const { a } = randomSparse(20, 15, 1);
    expect(randomizedSvd(a, 4, { seed: 9 }).v).toEqual(randomizedSvd(a, 4, { seed: 9 }).v);
  });
});
