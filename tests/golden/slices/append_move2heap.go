// Go 1.26's slice pass: a slice that escapes only by being returned (or stored) grows in a
// 32-byte stack buffer and is copied to the heap at that point (move2heap). When the function
// looks at cap, growth steps through size classes (growsliceBuf) and the copy keeps the capacity.
package main

import "fmt"

type P struct{ X, Y int }

// The capacity is never looked at: the first append takes the whole 32-byte buffer and the
// copy made on return is rounded to the length's size class.
func squares(n int) []int {
	var out []int
	for i := range n {
		out = append(out, i*i)
	}
	return out
}

// Capacity observed (cap): growth steps through size classes inside the buffer.
func letters(n int) []byte {
	var b []byte
	for i := range n {
		b = append(b, byte('a'+i))
		fmt.Print(cap(b), " ")
	}
	fmt.Println()
	return b
}

func points(n int) (ps []P) {
	for i := range n {
		ps = append(ps, P{i, -i})
		fmt.Print(cap(ps), " ")
	}
	fmt.Println()
	return
}

func words(n int) []string {
	ws := []string{}
	for i := range n {
		ws = append(ws, fmt.Sprint(i))
	}
	return ws
}

// Escapes through an assignment instead of a return.
var sink []int

func store(n int) {
	var s []int
	for i := range n {
		s = append(s, i)
	}
	sink = s
}

// Passed to a function: the pass gives up.
func show(s []int) int { return len(s) }

func passed(n int) []int {
	var s []int
	for i := range n {
		s = append(s, i)
	}
	_ = show(s)
	return s
}

func main() {
	s3 := squares(3)
	fmt.Println("squares", len(s3), cap(s3))
	s9 := squares(9)
	fmt.Println("squares", len(s9), cap(s9))
	s0 := squares(0)
	fmt.Println("squares", len(s0), cap(s0), s0 == nil)
	b := letters(5)
	fmt.Println(string(b), len(b), cap(b))
	b = letters(40)
	fmt.Println(len(b), cap(b))
	ps := points(3)
	fmt.Println(ps, len(ps), cap(ps))
	for _, n := range []int{1, 2, 3} {
		w := words(n)
		fmt.Println("words", len(w), cap(w))
	}
	store(3)
	fmt.Println("sink", len(sink), cap(sink))
	p := passed(3)
	fmt.Println("passed", len(p), cap(p))
}
