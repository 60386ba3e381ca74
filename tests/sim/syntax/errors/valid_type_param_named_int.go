package main

func f[int, T any]() {}

func main() {}
