package main

func main() {
	for {
		fallthrough
	}
	switch {
	case true:
		if true {
			fallthrough
		}
	case false:
	}
}
