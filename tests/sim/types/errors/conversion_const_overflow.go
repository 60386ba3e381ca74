package main

func main() {
	_ = int8(200)
	_ = uint(-3)
	_ = int(3.7)
}
