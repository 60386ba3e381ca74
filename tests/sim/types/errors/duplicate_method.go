package main

type T struct{ Name string }

func (t T) Hello() {}
func (t T) Hello() {}
func (t T) Name() string { return "" }

func main() {}
