package main

func main() {
	switch x := 2; x {
	case 1:
		continue
	}
}
