package main

const x := 1

func main() {}
