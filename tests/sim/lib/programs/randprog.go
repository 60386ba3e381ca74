package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Intn(100), r.Intn(100), r.Int63(), r.Float64(), r.Int31n(10), r.Uint32())
	fmt.Println(r.Perm(8))
	s := []string{"a", "b", "c", "d", "e"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s, r.NormFloat64(), r.ExpFloat64())
	r.Seed(7)
	fmt.Println(r.Intn(1000), rand.New(rand.NewSource(7)).Intn(1000))
	x := rand.Intn(10)
	fmt.Println(x >= 0 && x < 10, rand.Float64() < 1)
	rand.Seed(1)
}
