package main

func div(a, b int) (q, r int) {
	if b == 0 {
		return 0
	}
	return a / b, a % b, 0
}

func main() { _, _ = div(1, 2) }
