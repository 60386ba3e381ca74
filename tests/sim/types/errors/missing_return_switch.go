package main

func grade(n int) string {
	switch {
	case n > 90:
		return "A"
	case n > 50:
		return "B"
	}
}

func main() { _ = grade(1) }
