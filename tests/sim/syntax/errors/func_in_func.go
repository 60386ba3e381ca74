package main

func main() {
	func helper() {
	}
}
