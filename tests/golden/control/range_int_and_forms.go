// Loop forms: three-clause, while-style, infinite with break, range over int, range over arrays and funcs.
package main

import "fmt"

func main() {
	for i := range 4 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var n int64 = 3
	for i := range n {
		fmt.Printf("%T%d ", i, i)
	}
	fmt.Println()
	for range 2 {
		fmt.Print("x")
	}
	fmt.Println()
	for i := range 0 {
		fmt.Println("never", i)
	}
	k := 1
	for k < 100 {
		k *= 3
	}
	fmt.Println(k)
	for {
		k--
		if k%10 == 0 {
			break
		}
	}
	fmt.Println(k)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ",", j, " ")
	}
	fmt.Println()
	arr := [3]string{"a", "b", "c"}
	for i := range arr {
		fmt.Print(i)
	}
	fmt.Println()
	for i := range 10 {
		if i%2 == 0 {
			continue
		}
		if i > 7 {
			break
		}
		fmt.Print(i)
	}
	fmt.Println()
}
