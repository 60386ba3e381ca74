package main

import "fmt"

type Shower interface{ Show() string }

type A struct{}

func (a *A) Show() string { return "a" }

func Print[T Shower](x T) { fmt.Println(x.Show()) }

func main() {
	Print(A{})
}
