package main

type T struct{}

func (T) M[P any]() {}

func main() {}
