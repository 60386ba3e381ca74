// Labels, goto, switch forms, closures over loop variables, method values and expressions.
package main

import "fmt"

type T struct{ n int }

func (t T) Get() int   { return t.n }
func (t *T) Inc()      { t.n++ }
func apply(f func() int) int { return f() }

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	i := 0
loop:
	if i < 4 {
		fmt.Print("g", i, " ")
		i++
		goto loop
	}
	fmt.Println()
	for n := 0; n < 6; n++ {
		switch {
		case n == 0:
			fmt.Print("zero ")
			fallthrough
		case n < 2:
			fmt.Print("small ")
		case n == 4:
			continue
		default:
			fmt.Print("big ")
		}
	}
	fmt.Println()
	var fs []func() int
	for k := 0; k < 3; k++ {
		fs = append(fs, func() int { return k * k })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	t := T{1}
	get := t.Get
	inc := t.Inc
	inc()
	inc()
	fmt.Println(get(), t.Get(), apply(t.Get), T.Get(t), (*T).Get(&t))
	f := (*T).Inc
	f(&t)
	fmt.Println(t.n)
	count := 0
	add := func(d int) func() int {
		return func() int { count += d; return count }
	}
	a, b := add(1), add(10)
	a()
	b()
	fmt.Println(a(), count)
	sw := func(x interface{}) string {
		switch v := x.(type) {
		case nil:
			return "nil"
		case int, int64:
			return fmt.Sprintf("int-ish %v", v)
		case fmt.Stringer:
			return "stringer " + v.String()
		case error:
			return "error " + v.Error()
		default:
			return fmt.Sprintf("other %T", v)
		}
	}
	fmt.Println(sw(nil), sw(3), sw(int64(4)), sw(fmt.Errorf("e")), sw(2.5))
}
