package main

type C interface {
	int |
}

func main() {}
