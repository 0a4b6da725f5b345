/**
 * L2-regularised logistic regression, fitted by Newton's method on standardised features: a few dozen
 * lines, deterministic, and exact for the few features and few thousand rows the answer model has.
 * (ml-logistic-regression, the kept JavaScript option, has neither an intercept nor regularisation, and
 * takes 50,000 gradient steps to fit.)
 */

export interface LogisticModel {
  names: string[];
  means: number[];
  scales: number[];
  weights: number[];
  intercept: number;
}

export interface FitOptions {
  /** L2 penalty on the (standardised) weights; the intercept is not penalised. */
  l2: number;
  iterations?: number;
}

export function fitLogistic(names: readonly string[], rows: number[][], labels: number[], options: FitOptions): LogisticModel {
  const d = names.length;
  const means = names.map((_, j) => mean(rows.map((r) => r[j])));
  const scales = names.map((_, j) => Math.sqrt(mean(rows.map((r) => (r[j] - means[j]) ** 2))) || 1);
  const x = rows.map((r) => [1, ...r.map((v, j) => (v - means[j]) / scales[j])]);
  let beta = new Array<number>(d + 1).fill(0);
  for (let it = 0; it < (options.iterations ?? 25); it++) {
    const gradient = new Array<number>(d + 1).fill(0);
    const hessian = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    x.forEach((xi, i) => {
      const p = sigmoid(dot(beta, xi));
      const w = Math.max(p * (1 - p), 1e-9);
      for (let a = 0; a <= d; a++) {
        gradient[a] += (labels[i] - p) * xi[a];
        for (let b = 0; b <= a; b++) hessian[a][b] += w * xi[a] * xi[b];
      }
    });
    for (let a = 1; a <= d; a++) {
      gradient[a] -= options.l2 * beta[a];
      hessian[a][a] += options.l2;
    }
    for (let a = 0; a <= d; a++) for (let b = a + 1; b <= d; b++) hessian[a][b] = hessian[b][a]!;
    const step = solve(hessian, gradient);
    beta = beta.map((v, a) => v + step[a]);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return { names: [...names], means, scales, intercept: beta[0], weights: beta.slice(1) };
}

/**
 * A row of features in the order the model was fitted with. A name the code no longer has is an error, not
 * a zero or a NaN: a renamed feature would otherwise silently change every score.
 */
export function rowByName(model: Pick<LogisticModel, "names">, features: Record<string, number>, what: string): number[] {
  return model.names.map((name) => {
    const value = features[name];
    if (typeof value !== "number")
      throw new Error(`the ${what} model uses a feature “${name}” that the code no longer has: run npm run train`);
    return value;
  });
}

/** The model's log-odds for one row of features, in the order of `model.names`. */
export function logit(model: LogisticModel, row: number[]): number {
  let z = model.intercept;
  for (let j = 0; j < model.weights.length; j++) z += model.weights[j] * ((row[j] - model.means[j]) / model.scales[j]);
  return z;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

function dot(a: number[], b: number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

/** Gaussian elimination with partial pivoting; the system is small and positive definite. */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const m = matrix.map((row, i) => [...row, vector[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    [m[col], m[pivot]] = [m[pivot], m[col]];
    const p = m[col][col] || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r][col] / p;
      if (f !== 0) for (let c = col; c <= n; c++) m[r][c] -= f * m[col][c];
    }
  }
  return m.map((row, i) => row[n] / (row[i] || 1e-12));
}
