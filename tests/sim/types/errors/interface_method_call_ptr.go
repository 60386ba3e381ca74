package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func main() {
	m := map[string]Counter{}
	m["a"].Inc()
	fmt.Println(m)
}
