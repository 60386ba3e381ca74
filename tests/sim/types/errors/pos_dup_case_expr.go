package main

func main() {
	const k = 3
	switch 4 {
	case k + 1:
	case 2 * 2:
	}
}
