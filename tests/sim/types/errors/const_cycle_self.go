package main

const x = x + 1

func main() {}
