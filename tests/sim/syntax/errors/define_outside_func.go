package main

var x := 5

func main() {}
