/**
 * This file implements the VM's seeded pseudo-random number generator (a 64-bit PCG-XSH-RR on
 * BigInt-free 32-bit halves: splitmix32-seeded xoshiro128**). It drives everything Go randomises
 * (select among ready cases, map iteration start, scheduler stealing) and math/rand streams.
 *
 * Invariants: the same seed gives the same sequence on every platform; no global state.
 */

export class Rand {
  private s0: number; private s1: number; private s2: number; private s3: number;
  constructor(seed: number) {
    let x = seed >>> 0 ^ Math.floor(seed / 4294967296) >>> 0;
    const next = (): number => {
      x = (x + 0x9e3779b9) | 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.s0 = next(); this.s1 = next(); this.s2 = next(); this.s3 = next();
  }
  /** 32 random bits. */
  u32(): number {
    const r = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0; this.s3 ^= this.s1; this.s1 ^= this.s2; this.s0 ^= this.s3;
    this.s2 ^= t; this.s3 = rotl(this.s3, 11);
    return r;
  }
  /** Uniform integer in [0, n). */
  intn(n: number): number {
    if (n <= 1) return 0;
    if (n <= 0x100000000) return Math.floor((this.u32() / 0x100000000) * n);
    return Math.floor(this.float() * n);
  }
  /** Uniform float in [0, 1). */
  float(): number { return (this.u32() * 0x200000 + (this.u32() >>> 11)) / 2 ** 53; }
  /** 63 random bits as a bigint. */
  int63(): bigint { return (BigInt(this.u32() >>> 1) << 32n) | BigInt(this.u32()); }
}

function rotl(x: number, k: number): number { return (x << k) | (x >>> (32 - k)); }
