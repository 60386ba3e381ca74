package main

import (
	"fmt"
	str "strings"
)

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

type Incer interface{ Inc() }

func (int) Bad() {}

func main() {
	var i Incer = Counter{}
	Counter{}.Inc()
	fmt.Println(i)
}
