// Recorded regression program: interfaces_errors (expected output from real Go via record.mjs).
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64    { return 3.14159 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * 3.14159 * c.R }
func (c *Circle) String() string   { return fmt.Sprintf("Circle(%.1f)", c.R) }

var ErrNeg = errors.New("negative")

type ValErr struct {
	V   int
	Err error
}

func (e ValErr) Error() string { return fmt.Sprintf("value %d: %v", e.V, e.Err) }
func (e ValErr) Unwrap() error { return e.Err }

func check(v int) error {
	if v < 0 {
		return ValErr{v, ErrNeg}
	}
	return nil
}

type Stack[T any] []T

func (s *Stack[T]) Push(v T) { *s = append(*s, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(*s) == 0 {
		return zero, false
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, true
}

func divide(a, b int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	res = a / b
	return
}

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		fmt.Printf("%T %.2f %v\n", s, s.Perimeter(), s)
	}
	fmt.Printf("total %.3f\n", total)
	err := check(-5)
	fmt.Println(err, errors.Is(err, ErrNeg))
	var ve ValErr
	fmt.Println(errors.As(err, &ve), ve.V)
	wrapped := fmt.Errorf("ctx: %w", err)
	fmt.Println(wrapped, errors.Unwrap(wrapped) == err)
	var st Stack[string]
	st.Push("a")
	st.Push("b")
	v, ok := st.Pop()
	fmt.Println(v, ok, len(st))
	fmt.Println(divide(10, 2))
	fmt.Println(divide(1, 0))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d-", i)
	}
	fmt.Println(sb.String(), strings.Repeat("ab", 3), strings.Split("a,b,c", ","), strings.Fields(" x  y "))
	m := map[string][]int{}
	m["a"] = append(m["a"], 1, 2)
	m["b"] = append(m["b"], 3)
	fmt.Println(m, len(m["z"]))
	type point struct{ x, y int }
	seen := map[point]bool{{1, 2}: true}
	fmt.Println(seen[point{1, 2}], seen[point{2, 1}])
	var ip *int
	defer fmt.Println("deferred runs before crash")
	if len(os.Args) > 5 {
		ip = new(int)
	}
	fmt.Println(*ip)
}
