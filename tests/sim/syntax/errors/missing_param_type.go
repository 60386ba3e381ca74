package main

func f(a, b) {
}

func main() {}
