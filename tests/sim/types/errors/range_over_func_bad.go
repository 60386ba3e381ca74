package main

func main() {
	f := func() int { return 1 }
	for x := range f {
		_ = x
	}
	for i, v := range 10 {
		_, _ = i, v
	}
}
