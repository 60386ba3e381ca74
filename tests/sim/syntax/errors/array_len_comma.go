package main

var a [3,]int

func main() {}
