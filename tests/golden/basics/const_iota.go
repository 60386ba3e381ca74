// Constants: iota in const blocks, skipped values, expressions, typed and untyped constants.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const Big = 1 << 100
const Pi = 3.14159265358979323846264338327950288419716939937510582097494459

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Println(KB, MB, GB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(Big>>98, Big/(1<<99))
	fmt.Println(Pi, float32(Pi))
	const s = "const" + "ant"
	const h = len(s)
	var arr [h]int
	fmt.Println(s, h, len(arr))
	fmt.Printf("%T %T %T\n", Monday, KB, Pi)
	const typed int8 = 100
	fmt.Println(typed / 3, 7 / 2, 7 / 2.0)
}
