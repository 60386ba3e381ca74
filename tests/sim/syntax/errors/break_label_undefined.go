package main

func main() {
	for {
		break L
	}
	for {
		continue M
	}
}
