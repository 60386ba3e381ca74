package main

type T struct{ name string }

func main() {
	t := T{}
	t.foo()
	_ = t.Name
}
