// Structs: literals, zero values, field access through pointers, anonymous structs, comparison.
package main

import "fmt"

type Person struct {
	Name string
	Age  int
	Tags []string
}

func birthday(p *Person) { p.Age++ }
func rename(p Person)    { p.Name = "changed" }

func main() {
	var zero Person
	fmt.Printf("%v|%+v\n", zero, zero)
	p := Person{Name: "Ann", Age: 30}
	birthday(&p)
	rename(p)
	fmt.Println(p.Name, p.Age, p.Tags == nil)
	q := &Person{"Bob", 5, []string{"x"}}
	q.Age = 6
	(*q).Name = "Bobby"
	fmt.Println(*q, q.Name)
	r := *q
	r.Tags[0] = "shared"
	r.Name = "copy"
	fmt.Println(q.Name, q.Tags, r.Name)
	pt := struct {
		X, Y int
	}{1, 2}
	fmt.Println(pt, pt.X+pt.Y)
	type Pair struct{ A, B int }
	fmt.Println(Pair{1, 2} == Pair{1, 2}, Pair{} == Pair{0, 0})
	pp := new(Pair)
	pp.A = 7
	fmt.Println(*pp, pp.B)
}
