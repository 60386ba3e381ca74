package main

func (a int) {
}

func main() {}
