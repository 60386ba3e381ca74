package main

import "fmt"

func main() {
	const N = 2_000_000
	composite := make([]bool, N+1)
	count := 0
	for i := 2; i <= N; i++ {
		if !composite[i] {
			count++
			for j := i * i; j <= N; j += i {
				composite[j] = true
			}
		}
	}
	fmt.Println("primes:", count)
	m := map[int]int{}
	for i := 0; i < 200000; i++ {
		m[i%1000] += i
	}
	fmt.Println(len(m), m[999])
	s := ""
	for i := 0; i < 2000; i++ {
		s += "x"
	}
	fmt.Println(len(s))
}
