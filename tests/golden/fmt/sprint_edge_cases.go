// Sprint adds spaces only between operands when neither is a string; nested pointers and cycles are safe.
package main

import "fmt"

type Node struct {
	V    int
	Next *Node
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
	fmt.Println(fmt.Sprint(1, 2, "a", 3, "b", "c", 4.5, 5))
	fmt.Println(fmt.Sprint("a", 1, 2, "b"))
	n := &Node{1, &Node{2, nil}}
	fmt.Printf("%v %+v\n", *n.Next, *n.Next)
	fmt.Println(Celsius(21.5), []Celsius{1, 2})
	fmt.Printf("%v %.2f %s\n", Celsius(3), Celsius(3), Celsius(3))
	fmt.Printf("%6.2v|\n", 3.14159)
	fmt.Println(fmt.Sprintf("%[2]d %[1]d %d", 10, 20))
	fmt.Println(fmt.Sprintf("%[3]v", 1))
	fmt.Printf("%v %v\n", int32(-5), uint64(1<<63))
	var np *int
	var nm map[int]int
	fmt.Printf("%p %p %p %v %t\n", np, []int(nil), nm, np, &n != nil)
	type T struct {
		a int
		b string
	}
	fmt.Printf("%v %+v %#v\n", T{1, "x"}, T{}, &T{2, "y"})
}
