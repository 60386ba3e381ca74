package main

import "errors"

func main() {
	_ = errors.New("x", 1)
}
