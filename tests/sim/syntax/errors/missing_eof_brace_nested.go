package main

func main() {
	for {
		switch {
		case true:
			func() {
				println()
