package main

type P struct {
	X int = 0
}

func main() {}
