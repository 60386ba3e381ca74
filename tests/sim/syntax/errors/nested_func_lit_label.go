package main

func main() {
	f := func() {
	L:
		for {
		}
	}
	f()
}
