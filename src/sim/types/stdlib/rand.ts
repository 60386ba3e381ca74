/**
 * This file declares package math/rand for the simulator (API of /usr/local/go/src/math/rand).
 * The top-level functions draw from the VM's seeded PRNG (lib/rand.ts), so a run is reproducible
 * for a given seed but, as with Go's auto-seeded generator, the numbers are not Go's. A *Rand made
 * with New(NewSource(seed)) is also simulated by the VM's generator, seeded with seed.
 */
export const randSource = `package rand

// Source of the simulator: state is a per-Rand stream id in the VM's PRNG.
type Source interface {
	Int63() int64
	Seed(seed int64)
}

type vmSource struct {
	id int
}

func newSource(seed int64) int

func sourceInt63(id int) int64

func sourceSeed(id int, seed int64)

func (s *vmSource) Int63() int64 { return sourceInt63(s.id) }

func (s *vmSource) Seed(seed int64) { sourceSeed(s.id, seed) }

func NewSource(seed int64) Source {
	return &vmSource{newSource(seed)}
}

type Rand struct {
	src Source
}

func New(src Source) *Rand {
	return &Rand{src}
}

func (r *Rand) Int63() int64 { return r.src.Int63() }

func (r *Rand) Uint32() uint32 { return uint32(r.Int63() >> 31) }

func (r *Rand) Uint64() uint64 {
	return uint64(r.Int63())>>31 | uint64(r.Int63())<<32
}

func (r *Rand) Int31() int32 { return int32(r.Int63() >> 32) }

func (r *Rand) Int() int {
	u := uint(r.Int63())
	return int(u << 1 >> 1)
}

func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if n&(n-1) == 0 {
		return r.Int63() & (n - 1)
	}
	max := int64((1 << 63) - 1 - (1<<63)%uint64(n))
	v := r.Int63()
	for v > max {
		v = r.Int63()
	}
	return v % n
}

func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	return int32(r.Int63n(int64(n)))
}

func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	return int(r.Int63n(int64(n)))
}

func (r *Rand) Float64() float64 {
again:
	f := float64(r.Int63()) / (1 << 63)
	if f == 1 {
		goto again
	}
	return f
}

func (r *Rand) Float32() float32 {
again:
	f := float32(r.Float64())
	if f == 1 {
		goto again
	}
	return f
}

func (r *Rand) Perm(n int) []int {
	m := make([]int, n)
	for i := 0; i < n; i++ {
		j := r.Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		j := int(r.Int63n(int64(i + 1)))
		swap(i, j)
	}
}

func (r *Rand) Seed(seed int64) { r.src.Seed(seed) }

var globalRand = New(&vmSource{0})

func Seed(seed int64) { globalRand.Seed(seed) }

func Int63() int64 { return globalRand.Int63() }

func Uint32() uint32 { return globalRand.Uint32() }

func Uint64() uint64 { return globalRand.Uint64() }

func Int31() int32 { return globalRand.Int31() }

func Int() int { return globalRand.Int() }

func Int63n(n int64) int64 { return globalRand.Int63n(n) }

func Int31n(n int32) int32 { return globalRand.Int31n(n) }

func Intn(n int) int { return globalRand.Intn(n) }

func Float64() float64 { return globalRand.Float64() }

func Float32() float32 { return globalRand.Float32() }

func Perm(n int) []int { return globalRand.Perm(n) }

func Shuffle(n int, swap func(i, j int)) { globalRand.Shuffle(n, swap) }
`;
