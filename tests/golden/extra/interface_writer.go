package main

import (
	"fmt"
	"os"
	"strings"
)

type Writer interface {
	Write(p []byte) (int, error)
}

type Upper struct{ w Writer }

func (u Upper) Write(p []byte) (int, error) {
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

type Counter struct {
	n int
}

func (c *Counter) Write(p []byte) (int, error) {
	c.n += len(p)
	return len(p), nil
}

func main() {
	var sb strings.Builder
	u := Upper{&sb}
	fmt.Fprintf(u, "hello %d\n", 42)
	fmt.Fprint(u, "world")
	fmt.Println(sb.String())
	c := &Counter{}
	n, err := fmt.Fprintln(c, "abc", 12, true)
	fmt.Println(n, err, c.n)
	fmt.Fprintln(os.Stdout, "to stdout")
	fmt.Fprintln(os.Stderr, "to stderr")
	var w Writer = c
	if _, ok := w.(*Counter); ok {
		fmt.Println("is counter")
	}
	_, ok := w.(Upper)
	fmt.Println(ok)
}
