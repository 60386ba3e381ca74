package main

import (
	"fmt"
	"math/rand/v2"
	"time"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	fmt.Println(r.IntN(100), r.IntN(100), r.Uint64(), r.Int64N(1<<40), r.Uint32N(7), r.Float64())
	fmt.Println(r.Perm(8))
	s := []string{"a", "b", "c", "d", "e", "f"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s, r.NormFloat64(), r.ExpFloat64(), r.Int32N(1000), r.UintN(99))
	var seed [32]byte
	copy(seed[:], "chacha8 seed for the simulator!!")
	c := rand.New(rand.NewChaCha8(seed))
	for i := 0; i < 5; i++ {
		fmt.Print(c.IntN(1000), " ")
	}
	fmt.Println(c.Uint64())
	c8 := rand.NewChaCha8(seed)
	buf := make([]byte, 10)
	c8.Read(buf)
	fmt.Println(buf)
	for i := 0; i < 300; i++ {
		c8.Uint64()
	}
	fmt.Println(c8.Uint64())
	z := rand.NewZipf(rand.New(rand.NewPCG(3, 4)), 1.5, 2, 100)
	fmt.Println(z.Uint64(), z.Uint64(), z.Uint64())
	p := rand.NewPCG(5, 6)
	b, _ := p.MarshalBinary()
	fmt.Println(len(b), p.Uint64())
	d := rand.N(10 * time.Second)
	fmt.Println(d >= 0 && d < 10*time.Second, rand.IntN(5) < 5, rand.N[int64](3) < 3)
	defer func() { fmt.Println("recovered:", recover()) }()
	r.IntN(0)
}
