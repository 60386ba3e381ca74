package main

type S struct {
	1
}

func main() {}
