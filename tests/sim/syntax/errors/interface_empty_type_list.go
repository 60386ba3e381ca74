package main

type I interface {
	M[]()
}

type J interface {
	K[]
}

func main() {}
