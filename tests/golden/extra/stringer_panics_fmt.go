package main

import (
	"errors"
	"fmt"
)

type Node struct {
	Val  int
	Next *Node
}

func (n *Node) String() string {
	return fmt.Sprintf("Node(%d)", n.Val)
}

type Temp float64

func (t *Temp) String() string { return fmt.Sprintf("%.1f°", float64(*t)) }

type Bad struct{}

func (Bad) Error() string { panic("bad error") }

type MyErr struct{}

func (*MyErr) Error() string { return "my err" }

func mayFail(fail bool) error {
	var e *MyErr
	if fail {
		e = &MyErr{}
	}
	return e
}

func main() {
	var n *Node
	fmt.Println(n)
	fmt.Printf("%v %s\n", &Node{Val: 1}, Node{Val: 2})
	t := Temp(21.5)
	fmt.Println(t, &t)
	fmt.Println(Bad{})
	err := mayFail(false)
	fmt.Println(err == nil, err)
	var ne *MyErr
	fmt.Println(errors.As(mayFail(true), &ne))
	fmt.Printf("%d %s\n", []string{"a"}, []int{1})
	fmt.Printf("%v|%x|%q\n", errors.New("x"), errors.New("hi"), errors.New("q"))
}
